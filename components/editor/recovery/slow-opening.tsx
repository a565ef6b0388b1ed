'use client';
/** Shown when opening the saved diagram takes too long: browser storage may never answer. */
import './recovery.css';

export function SlowOpening({ onRetry, onStartEmpty }: { onRetry(): void; onStartEmpty(): void }) {
  return (
    <div className="vc-recovery" role="alert" aria-labelledby="vc-slow-title">
      <div className="vc-recovery-card">
        <h1 id="vc-slow-title">Your diagram is taking long to open</h1>
        <p>Browser storage has not answered yet. It may still; or it may be stuck, which closing other tabs of this site or restarting the browser usually cures.</p>
        <p>An empty canvas works now, but it is not saved in this browser (saving could replace the diagram that did not open): download your work before closing the page.</p>
        <div className="vc-recovery-actions">
          <button type="button" className="vc-button vc-button-primary" onClick={onRetry}>
            Try again
          </button>
          <button type="button" className="vc-button" onClick={onStartEmpty}>
            Start with an empty canvas
          </button>
        </div>
      </div>
    </div>
  );
}
