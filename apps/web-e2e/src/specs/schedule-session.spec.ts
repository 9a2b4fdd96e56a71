import { expect, test } from '@playwright/test';

import { AppShellPom } from '@e2e/pom/AppShellPom';
import { AvailabilityPom } from '@e2e/pom/AvailabilityPom';
import { NewSessionPom } from '@e2e/pom/NewSessionPom';
import { SchedulePom } from '@e2e/pom/SchedulePom';
import { SessionPom } from '@e2e/pom/SessionPom';
import {
  createCandidateThroughApi,
  createKitThroughApi,
} from '@e2e/requests/scheduling';
import { signInThroughApi } from '@e2e/requests/signIn';
import { checkPage } from '@e2e/support/checkPage';
import { DEMO_COORDINATOR, DEMO_INTERVIEWER } from '@e2e/support/environment';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CANDIDATE = {
  name: 'Sam Scheduling',
  email: 'sam.scheduling@example.test',
  targetRole: 'Backend engineer',
};
const SECOND_CANDIDATE = {
  name: 'Olivia Overlap',
  email: 'olivia.overlap@example.test',
  targetRole: 'Backend engineer',
};
const KIT = { name: 'Backend screen', targetRole: 'Backend engineer' };

test('an interviewer sets availability, a coordinator books a slot, is stopped from double-booking and books outside availability with a reason', async ({
  page,
}, testInfo) => {
  // Two users, eight pages scanned by axe (one with a 224-cell grid).
  test.setTimeout(150_000);
  // Ana (America/New_York) opens her availability and works on weekdays.
  await signInThroughApi(page.request, DEMO_INTERVIEWER.email);
  await page.goto('/');
  const shell = new AppShellPom(page);
  await shell.goTo('My availability');
  const availability = new AvailabilityPom(page);
  await availability.expectLoaded();
  await checkPage(page, testInfo, '01-availability-empty');

  for (const day of WEEKDAYS) {
    await availability.setDay(day, '08:00', '18:00');
  }
  await expect(availability.cell('Monday 08:00–08:30')).toHaveAccessibleName(
    'Monday 08:00–08:30 available',
  );
  await expect(availability.cell('Monday 18:00–18:30')).toHaveAccessibleName(
    'Monday 18:00–18:30 unavailable',
  );
  // The grid works from the keyboard: Space toggles, arrows move.
  const saturday = availability.cell('Saturday 10:00–10:30');
  await saturday.focus();
  await page.keyboard.press('Space');
  await expect(saturday).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(availability.cell('Saturday 10:30–11:00')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect(saturday).toHaveAttribute('aria-pressed', 'false');

  // A wrong window is refused with the error next to the field.
  await availability.windowField('Friday', 1, 'to').fill('07:00');
  await availability.save();
  await expect(
    availability.form.getByText('End after the start (08:00).', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(availability.windowField('Friday', 1, 'to')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await checkPage(page, testInfo, '02-availability-field-error');
  await availability.windowField('Friday', 1, 'to').fill('18:00');
  await availability.save();
  await availability.expectSaved();

  await availability.feed
    .getByRole('button', { name: 'Create private feed URL' })
    .click();
  await expect(
    availability.feed.getByRole('textbox', { name: 'Private feed URL' }),
  ).toHaveValue(/\/calendar\/[^/]+\.ics$/);
  await checkPage(page, testInfo, '03-availability-saved');

  // The coordinator takes over, with a candidate and a kit made through the API.
  await page.context().clearCookies();
  await signInThroughApi(page.request, DEMO_COORDINATOR.email);
  await createCandidateThroughApi(page.request, CANDIDATE);
  await createCandidateThroughApi(page.request, SECOND_CANDIDATE);
  await createKitThroughApi(page.request, KIT);

  await page.goto('/');
  await shell.goTo('Schedule');
  const schedule = new SchedulePom(page);
  await schedule.expectLoaded();
  await checkPage(page, testInfo, '04-schedule');

  await schedule.newSessionButton.click();
  const newSession = new NewSessionPom(page);
  await newSession.expectLoaded();
  await newSession.chooseCandidate(CANDIDATE.name);
  await newSession.chooseKit(KIT.name);
  await newSession.addPanelist(DEMO_INTERVIEWER.name);
  await expect(
    newSession.form.getByRole('combobox', {
      name: `Role of ${DEMO_INTERVIEWER.name}`,
    }),
  ).toHaveValue('Lead');
  await newSession.findSlots();
  await checkPage(page, testInfo, '05-new-session-slots');
  const booked = await newSession.pickFirstSlot();
  await newSession.bookButton.click();

  // The booking shows on the week calendar and opens the session.
  await schedule.expectLoaded();
  await expect(schedule.sessionBlock(CANDIDATE.name)).toBeVisible();
  await checkPage(page, testInfo, '06-schedule-with-session');
  await schedule.sessionBlock(CANDIDATE.name).click();
  const session = new SessionPom(page);
  await session.expectLoaded(CANDIDATE.name, KIT.name);
  await expect(session.panelRow(DEMO_INTERVIEWER.name)).toContainText('Lead');
  await expect(session.panelRow(DEMO_INTERVIEWER.name)).toContainText(
    'America/New York',
  );
  await expect(session.history).toContainText('Scheduled');
  await checkPage(page, testInfo, '07-session-detail');

  // Another session for Ana at the same time: warned before, and no override is offered.
  await page.goto('/schedule/new');
  await newSession.expectLoaded();
  await newSession.chooseCandidate(SECOND_CANDIDATE.name);
  await newSession.chooseKit(KIT.name);
  await newSession.addPanelist(DEMO_INTERVIEWER.name);
  await newSession.setStart(booked.date, booked.time);
  await expect(newSession.conflicts).toContainText(
    'Double booking: the panel is busy at this time',
  );
  await expect(newSession.conflicts).toContainText(
    `Double booking: ${DEMO_INTERVIEWER.name} already has a session during`,
  );
  await expect(
    newSession.conflicts.getByRole('link', {
      name: `${CANDIDATE.name} · ${KIT.name}`,
    }),
  ).toBeVisible();
  await expect(newSession.bookAnyway).toHaveCount(0);
  await expect(newSession.conflicts).toContainText(
    'A double booking cannot be overridden',
  );
  await newSession.bookButton.click();
  await expect(newSession.conflicts).toContainText(
    'Not booked. Pick another time or another interviewer.',
  );
  await expect(page).toHaveURL(/\/schedule\/new$/);
  await checkPage(page, testInfo, '08-new-session-conflict');

  // A Saturday is outside Ana's availability: shown before booking, booked
  // only with "Book anyway" and a reason, which the history keeps.
  const weekend = nextSaturday(booked.date);
  await newSession.setStart(weekend, '12:00');
  await expect(newSession.conflicts).toContainText(
    'This time breaks the booking rule',
  );
  await expect(newSession.conflicts).toContainText(
    `Outside availability: ${DEMO_INTERVIEWER.name} is not available Sat ${weekend}`,
  );
  await checkPage(page, testInfo, '09-new-session-outside-availability');
  await newSession.bookButton.click();
  await expect(newSession.conflicts).toContainText('Tick “Book anyway”');
  await newSession.bookAnywayBecause('Ana offered her Saturday for this one');

  await schedule.expectLoaded();
  await schedule.sessionBlock(SECOND_CANDIDATE.name).click();
  await session.expectLoaded(SECOND_CANDIDATE.name, KIT.name);
  await expect(session.history).toContainText(
    'Booked outside the booking rule',
  );
  await expect(session.history).toContainText(
    'Override reason: Ana offered her Saturday for this one',
  );
  await expect(session.history).toContainText(
    `Outside availability: ${DEMO_INTERVIEWER.name} is not available Sat ${weekend}`,
  );
  await checkPage(page, testInfo, '10-session-availability-override');
});

/** The first Saturday after an ISO date (YYYY-MM-DD), as an ISO date. */
function nextSaturday(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7 || 7));

  return day.toISOString().slice(0, 10);
}
