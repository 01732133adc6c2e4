import type { Language } from '../../../shared/model/schema.ts';
import { scanningSop, type SopSection } from '../../../shared/rollout/scanning-sop.ts';

/**
 * The one-page QR-code scanning SOP, black on white whatever the theme: it is made to be
 * printed and pinned up beside the scanners. Content from shared/rollout/scanning-sop.ts.
 */
export function ScanningSopSheet({ language }: { language: Language }) {
  const sop = scanningSop;
  const cell: React.CSSProperties = {
    border: '1px solid #999',
    padding: '4px 6px',
    verticalAlign: 'top',
    textAlign: 'left',
  };
  const section = (s: SopSection) => (
    <section style={{ breakInside: 'avoid', marginTop: 10 }}>
      <h2 style={{ fontSize: 15, margin: '0 0 4px', color: '#000' }}>{s.title[language]}</h2>
      <ol style={{ margin: 0, paddingLeft: 22 }}>
        {s.lines.map((line) => (
          <li key={line.en} style={{ marginBottom: 2 }}>
            {line[language]}
          </li>
        ))}
      </ol>
    </section>
  );
  return (
    <article
      lang={language}
      data-testid="sop-sheet"
      style={{
        background: '#fff',
        color: '#000',
        fontSize: 13,
        lineHeight: 1.45,
        padding: 24,
        maxWidth: 760,
        margin: '0 auto',
      }}
    >
      <h1 style={{ fontSize: 22, margin: '0 0 6px', color: '#000' }}>{sop.title[language]}</h1>
      <p style={{ margin: '0 0 8px' }}>{sop.purpose[language]}</p>
      <h2 style={{ fontSize: 15, margin: '8px 0 4px', color: '#000' }}>
        {sop.scanPoints.title[language]}
      </h2>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr style={{ background: '#eee' }}>
            <th style={cell}>{sop.scanPoints.columns.when[language]}</th>
            <th style={cell}>{sop.scanPoints.columns.who[language]}</th>
            <th style={cell}>{sop.scanPoints.columns.records[language]}</th>
          </tr>
        </thead>
        <tbody>
          {sop.scanPoints.points.map((p) => (
            <tr key={p.id}>
              <td style={{ ...cell, fontWeight: 600 }}>{p.when[language]}</td>
              <td style={cell}>{p.who[language]}</td>
              <td style={cell}>{p.records[language]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {section(sop.howToScan)}
      {section(sop.whenScanFails)}
      {section(sop.whoToCall)}
      {section(sop.kpi)}
    </article>
  );
}
