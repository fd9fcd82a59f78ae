package vn.danvan.workflow.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.reminder.RecipientDirectory.Person;
import vn.danvan.workflow.reminder.RecipientDirectory.Team;

/**
 * Sends one user their digest of a day: by e-mail when they have an address (and SMTP is configured), otherwise
 * as an in-app notification; nothing when they have no task due. As with reminders, the (user, day) key is
 * recorded first, in the job's transaction, and the e-mail is the last step.
 */
final class DigestDelivery {

  private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);

  private final DigestTasks tasks;
  private final DigestSchedule schedule;
  private final ReminderLedger ledger;
  private final ReminderMail mail;
  private final RecipientDirectory directory;
  private final ReminderSettings settings;

  DigestDelivery(DigestTasks tasks, DigestSchedule schedule, ReminderLedger ledger, ReminderMail mail,
      RecipientDirectory directory, ReminderSettings settings) {
    this.tasks = tasks;
    this.schedule = schedule;
    this.ledger = ledger;
    this.mail = mail;
    this.directory = directory;
    this.settings = settings;
  }

  /** The first instant after the last day whose tasks a digest of {@code day} lists. */
  Instant end(LocalDate day) {
    return schedule.horizon(day, settings.digest().soonDays()).plusDays(1).atStartOfDay(VietnamTime.ZONE)
        .toInstant();
  }

  /** Sends {@code user}'s digest; a failed e-mail is thrown, its row still written (see {@link #takeBack}). */
  void deliver(String user, LocalDate day) {
    List<DigestTasks.Line> lines = tasks.of(user, directory.groupsOf(user), end(day));
    if (lines.isEmpty()) {
      return;
    }
    Optional<Person> person = directory.person(user);
    String email = mail.enabled() ? person.map(Person::email).orElse(null) : null;
    if (!ledger.claimDigest(user, day, lines.size(), email == null ? "in-app" : email)) {
      log.info("Digest of {} for {} was sent before; not again", user, day);
      return;
    }
    ReminderLetter letter = DigestLetter.of(person.map(Person::name).orElse(user), day,
        settings.digest().soonDays(), lines, schedule,
        group -> directory.team(group).map(Team::name).orElse(group),
        taskId -> settings.tasklistUrl().replace("{taskId}", taskId), settings.digest().tasklistUrl());
    if (email == null) {
      ledger.notify(user, null, NotificationKind.DIGEST, null, null, letter.subject());
    } else {
      mail.send(List.of(email), letter, "<digest." + user + "." + day + "@danvan-workflow>");
    }
    log.debug("Digest of {} for {}: {} tasks, {}", user, day, lines.size(), email == null ? "in-app" : email);
  }

  /** After {@code user}'s e-mail failed: their row goes, in the same transaction, so a later job sends it. */
  void takeBack(String user, LocalDate day) {
    ledger.unclaimDigest(user, day);
  }
}
