'use client';
import { useEffect } from 'react';
import { useEditor, useEditorStore } from '../store/editor-context';
import { dismissNotice } from '../store/operations';

/** The latest notice: next to the pointer when it answers a drop, at the bottom otherwise. */
export function NoticeView() {
  const store = useEditorStore();
  const notice = useEditor((s) => s.chrome.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => dismissNotice(store, notice.id), notice.tone === 'error' ? 7000 : 4000);
    return () => clearTimeout(timer);
  }, [notice, store]);
  if (!notice) return null;
  const style = notice.at ? { left: Math.min(notice.at.x + 16, window.innerWidth - 380), top: Math.min(notice.at.y + 16, window.innerHeight - 120) } : undefined;
  return (
    <div
      className={`vc-notice vc-notice-${notice.tone}${notice.at ? ' vc-notice-at' : ''}`}
      style={style}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <span>{notice.text}</span>
      <button type="button" className="vc-icon-button" aria-label="Dismiss" onClick={() => dismissNotice(store, notice.id)}>
        ×
      </button>
    </div>
  );
}
