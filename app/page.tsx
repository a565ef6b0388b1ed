export default function Home() {
  return (
    <main style={{ padding: 32 }}>
      <h1>VPC Canvas</h1>
      <p>The editor is coming. Meanwhile, validate diagrams with <code>npx vpc-canvas validate network.json</code>.</p>
    </main>
  );
}
