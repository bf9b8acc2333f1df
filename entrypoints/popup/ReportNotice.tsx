import { StatusNotice } from '@/components/StatusNotice';
import type { Report } from '@/lib/types';

/** Why an article that was read has no claims to show (nothing is saved, except a report of an attack with no figures). */
export function ReportNotice({ report }: { report: Report }) {
  switch (report.status) {
    case 'unsupported-language':
      return (
        <StatusNotice
          tone="info"
          title={`This article is in a language the extension does not read (${report.lang}).`}
        >
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
            {report.event.places.length ? `Place: ${report.event.places.join(', ')}. ` : ''}The extension
            compares reports of attacks in Mali only. Nothing was saved.
          </p>
        </StatusNotice>
      );
    case 'no-claims':
      return (
        <StatusNotice tone="info" title="This article reports an attack in Mali but gives no figures.">
          <p data-no-figures>
            Save it all the same: its event then counts this outlet among those that reported the attack, and
            you can add a figure the extension missed from the dashboard.
          </p>
        </StatusNotice>
      );
    default:
      return null;
  }
}
