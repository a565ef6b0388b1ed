/**
 * The availability zones of AWS's commercial regions, as zone names (AWS Global Infrastructure,
 * "AWS Availability Zones": https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html).
 * Names map to physical zones per account and a few letters are closed to new accounts, so these
 * are proposals for the editor, never a rule: any zone of the region may be typed.
 */
const ZONE_LETTERS: Readonly<Record<string, string>> = {
  'us-east-1': 'abcdef',
  'us-east-2': 'abc',
  'us-west-1': 'abc',
  'us-west-2': 'abcd',
  'af-south-1': 'abc',
  'ap-east-1': 'abc',
  'ap-south-1': 'abc',
  'ap-south-2': 'abc',
  'ap-southeast-1': 'abc',
  'ap-southeast-2': 'abc',
  'ap-southeast-3': 'abc',
  'ap-southeast-4': 'abc',
  'ap-southeast-5': 'abc',
  'ap-southeast-7': 'abc',
  'ap-northeast-1': 'acd',
  'ap-northeast-2': 'abcd',
  'ap-northeast-3': 'abc',
  'ca-central-1': 'abd',
  'ca-west-1': 'abc',
  'eu-central-1': 'abc',
  'eu-central-2': 'abc',
  'eu-west-1': 'abc',
  'eu-west-2': 'abc',
  'eu-west-3': 'abc',
  'eu-south-1': 'abc',
  'eu-south-2': 'abc',
  'eu-north-1': 'abc',
  'il-central-1': 'abc',
  'me-south-1': 'abc',
  'me-central-1': 'abc',
  'mx-central-1': 'abc',
  'sa-east-1': 'abc',
};

/** The commercial regions' codes, for suggestions. */
export const REGION_CODES: readonly string[] = Object.keys(ZONE_LETTERS);

/** The zone names of a region (`eu-west-1` → `eu-west-1a`, `…b`, `…c`); `a`–`c` for a region not listed. */
export function availabilityZonesOf(region: string): string[] {
  return [...(ZONE_LETTERS[region] ?? 'abc')].map((letter) => `${region}${letter}`);
}
