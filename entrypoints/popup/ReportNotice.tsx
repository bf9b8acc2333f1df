import { StatusNotice } from '@/components/StatusNotice';
import { t } from '@/components/i18n';
import type { Report } from '@/lib/types';

/** Why an article that was read has no claims to show (nothing is saved, except a report of an attack with no figures). */
export function ReportNotice({ report }: { report: Report }) {
  switch (report.status) {
    case 'unsupported-language':
      return (
        <StatusNotice tone="info" title={t('notice_language', report.lang ?? '?')}>
          <p>{t('notice_languageHelp')}</p>
        </StatusNotice>
      );
    case 'no-attack':
      return (
        <StatusNotice tone="info" title={t('notice_noAttack')}>
          <p>{t('notice_noAttackHelp')}</p>
        </StatusNotice>
      );
    case 'outside-mali':
      return (
        <StatusNotice tone="info" title={t('notice_outside')}>
          <p>
            {report.event.places.length ? t('notice_outsidePlace', report.event.places.join(', ')) : ''}
            {t('notice_outsideHelp')}
          </p>
        </StatusNotice>
      );
    case 'no-claims':
      return (
        <StatusNotice tone="info" title={t('notice_noClaims')}>
          <p data-no-figures>{t('notice_noClaimsHelp')}</p>
        </StatusNotice>
      );
    default:
      return null;
  }
}
