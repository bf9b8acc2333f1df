import { StatusNotice } from '@/components/StatusNotice';
import type { Report } from '@/lib/types';

/** Why an article that was read has nothing to compare (nothing is saved). */
export function ReportNotice({ report }: { report: Report }) {
  switch (report.status) {
    case 'unsupported-language':
      return (
        <StatusNotice tone="info" title={`This article is in a language the extension does not read (${report.lang}).`}>
          <p>Claims are read in English and French only. Nothing was saved.</p>
        </StatusNotice>
      );
    case 'no-attack':
      return (
        <StatusNotice tone="info" title="This article does not report an attack in Mali.">
          <p>There are no casualty claims to compare. Nothing was saved.</p>
        </StatusNotice>
      );
    case 'outside-mali':
      return (
        <StatusNotice tone="info" title="This article reports an attack outside Mali.">
          <p>
            {report.event.places.length ? `Place: ${report.event.places.join(', ')}. ` : ''}The extension compares reports of
            attacks in Mali only. Nothing was saved.
          </p>
        </StatusNotice>
      );
    case 'no-claims':
      return (
        <StatusNotice tone="info" title="This article reports an attack in Mali but gives no figures.">
          <p>
            {report.event.places.length ? `Place: ${report.event.places.join(', ')}. ` : ''}There is nothing to compare yet.
            Nothing was saved.
          </p>
        </StatusNotice>
      );
    default:
      return null;
  }
}
