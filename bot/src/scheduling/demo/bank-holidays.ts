import Holidays from 'date-holidays';

/** England and Wales bank holidays (days off, so weekend days are replaced by their substitute days). */
export function englandAndWalesBankHolidays(fromYear: number, toYear: number): { date: string; name: string }[] {
  const calendar = new Holidays('GB', 'ENG');
  const days: { date: string; name: string }[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of calendar.getHolidays(year)) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type !== 'public' || isWeekend(date)) continue;
      days.push({ date, name: holiday.name });
    }
  }
  return days;
}

function isWeekend(isoDate: string): boolean {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}
