package org.convene.demo;

import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.event.EventForm;
import org.convene.event.EventFormat;
import org.convene.event.EventService;
import org.convene.event.Presenter;
import org.convene.event.PresenterForm;
import org.convene.event.PresenterService;
import org.convene.event.Series;
import org.convene.event.SeriesForm;
import org.convene.event.SeriesService;
import org.convene.event.SeriesStatus;
import org.convene.topic.TopicForm;
import org.convene.topic.TopicService;

/**
 * The demo's webinars: ICSI's 2020 series "Mental Health Support for Healthcare Workers" (bi-weekly
 * from April 14 through September 2020, presenters from the five institutions of the press release;
 * session titles and presenter names are invented), NRHI's May 4, 2020 webinar with the seed's
 * discussion topics and key findings, the Feb 3, 2021 featured talk, and upcoming events relative
 * to today so calendars are never empty. Goes through {@link EventService}, so the demo passes the
 * same checks as an editor.
 */
@Stateless
public class DemoEvents {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @EJB private EventService events;

  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager em;
  @EJB private TopicService topics;
  @EJB private SeriesService seriesService;
  @EJB private PresenterService presenters;
  @EJB private org.convene.event.MaterialService materials;

  private Long mentalHealth;
  private Long covid;
  private Long depression;
  private Long behavioral;

  private static final String[] FIRST =
      "Ana,Ben,Carla,David,Elena,Farah,Grace,Hassan,Ines,James,Kiara,Luis,Maya,Nadia,Omar,Priya,Quinn,Rosa,Samuel,Tara"
          .split(",");

  private static final String[] LAST =
      "Anderson,Berg,Chen,Diaz,Erickson,Fofanah,Garcia,Hansen,Ibrahim,Johnson,Kim,Larson,Mohamed,Nguyen,Olson,Patel,Quist,Rivera,Schmidt,Thao,Urbina,Vang,Williams,Xiong,Yang"
          .split(",");
  private static final String[] ORGANISATIONS = {
    "Mayo Clinic",
    "HealthPartners",
    "Allina Health",
    "Fairview Health Services",
    "Essentia Health",
    "Hennepin Healthcare",
    "CentraCare",
    "Sanford Health",
    "Children's Minnesota",
    "North Memorial Health",
    "Gillette Children's",
    "Minnesota Department of Health",
    "Olmsted Medical Center",
    "Park Nicollet"
  };
  private static final String[] PROFESSIONS = {
    "Nurse",
    "Physician",
    "Social worker",
    "Psychologist",
    "Chaplain",
    "Wellbeing programme lead",
    "Human resources",
    "Quality improvement lead",
    "Pharmacist",
    "Administrator"
  };

  /**
   * Demo registrations of a past session: {@code attended} people from person number {@code from}
   * on (so consecutive sessions share a few), then no-shows and cancellations who are nobody
   * else's. Written in one statement (a demo of a thousand sign-ups would otherwise send a thousand
   * e-mails).
   */
  private void registrations(
      long eventId, int session, int from, int attended, int noShows, int cancelled) {
    em.createNativeQuery(
            "INSERT INTO registration (collaborative_id, event_id, name, email, organization,"
                + " profession, status, attended, cancel_token_sha256, requested_at,"
                + " confirmed_at, cancelled_at, reminder_sent_at)"
                + " SELECT e.collaborative_id, e.id,"
                + " (?1::text[])[1 + p % 20] || ' ' || (?2::text[])[1 + (p / 20) % 25],"
                + " 'participant-' || p || '@example.org',"
                + " (?3::text[])[1 + (p * 5) % 14], (?4::text[])[1 + (p * 3) % 10],"
                + " CASE WHEN n < ?6 + ?7 THEN 'CONFIRMED' ELSE 'CANCELLED' END, n < ?6,"
                + " md5('demo-' || e.id || '-' || p),"
                + " e.starts_at - interval '1 day' * (3 + p % 12),"
                + " e.starts_at - interval '1 day' * (3 + p % 12),"
                + " CASE WHEN n >= ?6 + ?7 THEN e.starts_at - interval '1 day' END,"
                + " e.starts_at - interval '1 day'"
                + " FROM event e, generate_series(0, ?6 + ?7 + ?8 - 1) n,"
                + " LATERAL (SELECT CASE WHEN n < ?6 THEN ?5 + n"
                + " ELSE 5000 + ?9 * 100 + n - ?6 END AS p) person"
                + " WHERE e.id = ?10")
        .setParameter(1, "{" + String.join(",", FIRST) + "}")
        .setParameter(2, "{" + String.join(",", LAST) + "}")
        .setParameter(3, pgArray(ORGANISATIONS))
        .setParameter(4, pgArray(PROFESSIONS))
        .setParameter(5, from)
        .setParameter(6, attended)
        .setParameter(7, noShows)
        .setParameter(8, cancelled)
        .setParameter(9, session)
        .setParameter(10, eventId)
        .executeUpdate();
  }

  private static String pgArray(String[] values) {
    StringBuilder s = new StringBuilder("{");
    for (String v : values) {
      s.append(s.length() > 1 ? "," : "").append('"').append(v.replace("\"", "\\\"")).append('"');
    }
    return s.append('}').toString();
  }

  @Authorized(PLATFORM)
  public void load(Actor system) {
    mentalHealth =
        topic(
            system,
            "Mental health of healthcare workers",
            "Supporting the mental and emotional wellbeing of the people who give care.",
            "Mental Health Month",
            5,
            1,
            5,
            31);
    covid =
        topic(system, "COVID-19", "Collaboratives responding to the pandemic.", null, 0, 0, 0, 0);
    depression =
        topic(
            system,
            "Depression care",
            "Measuring and improving depression care.",
            null,
            0,
            0,
            0,
            0);
    behavioral =
        topic(
            system,
            "Behavioral health",
            "Behavioral health services and outcomes.",
            null,
            0,
            0,
            0,
            0);
    icsi(system);
    nrhi(system);
    upcomingAcrossTheNetwork(system);
  }

  private void icsi(Actor system) {
    Presenter dvorkin =
        presenter(system, "icsi", "Jodie Dvorkin", "MD, MPH", "Associate Medical Director", "ICSI");
    Presenter hemmila =
        presenter(
            system, "icsi", "Tani Hemmila", null, "Director, MN Health Collaborative", "ICSI");
    List<Presenter> guests =
        List.of(
            presenter(
                system,
                "icsi",
                "Dana Whitfield",
                "PhD, LP",
                "Psychologist",
                "University of Minnesota"),
            presenter(
                system, "icsi", "Marcus Ellery", "MD", "Psychiatrist", "Johns Hopkins University"),
            presenter(
                system,
                "icsi",
                "Priya Raman",
                "MD",
                "Consultant, Employee Wellness",
                "Mayo Clinic"),
            presenter(
                system,
                "icsi",
                "Jonah Adler",
                "PhD",
                "Director of Staff Support",
                "Mount Sinai Health System"),
            presenter(
                system,
                "icsi",
                "Rachel Okafor",
                "PhD",
                "Peer Support Program Lead",
                "University of Missouri"));
    SeriesForm series = new SeriesForm();
    series.setTitle("Mental Health Support for Healthcare Workers");
    series.setSlug("mental-health-support-2020");
    series.setCadence("Bi-weekly, April–September 2020");
    series.setStatus(SeriesStatus.CONCLUDED);
    series.setDescription(
        "<p>Live, interactive sessions on proactively supporting the mental and emotional health"
            + " of the healthcare workforce during the COVID-19 pandemic. Each session featured"
            + " healthcare leaders presenting implementation strategies — models for"
            + " intervention, peer support, stress reduction — drawn from healthcare as well as"
            + " military, education and social work programmes.</p><p>Nearly 1,000 healthcare"
            + " representatives took part. The presentations were curated into ICSI's Mental"
            + " Health Playbook.</p>");
    series.setOutputsLabel("Mental Health Playbook");
    series.setOutputsUrl("https://www.icsi.org/mental-health-playbook/");
    // no figure typed in: the series page counts its participants from the sessions' attendance
    series.setPublished(true);
    series.setTopicIds(new Long[] {mentalHealth, covid});
    Series first = seriesService.saveSeries(system, "icsi", null, series);
    String[] titles = {
      "Caring for the caregivers: launching a rapid-response support network",
      "Peer support that works: lessons from the Resilience in Stressful Events model",
      "Stress first aid for frontline teams",
      "Moral injury and moral distress in the COVID-19 unit",
      "Building a staff wellbeing hotline in two weeks",
      "Sleep, fatigue and shift work during a surge",
      "What the military teaches us about combat and operational stress",
      "Supporting nurses through grief and loss",
      "Schools, families and the healthcare worker at home",
      "Social work models for crisis counselling",
      "Leaders' role in psychological safety",
      "Measuring wellbeing: what to track and why",
      "Sustaining support beyond the surge",
    };
    LocalDate day = LocalDate.of(2020, 4, 14);
    int firstAttendee = 0;
    for (int i = 0; i < titles.length; i++, day = day.plusWeeks(2)) {
      EventForm f = form(titles[i], day, LocalTime.NOON, LocalTime.of(13, 0), CHICAGO);
      f.setSeriesId(first.getId());
      f.setCapacity(150);
      f.setSummary(
          "Session "
              + (i + 1)
              + " of the series: implementation strategies presented by "
              + guests.get(i % guests.size()).getAffiliation()
              + ", followed by a Q&A forum to share information as it happens.");
      f.setPresenterIds(new Long[] {guests.get(i % guests.size()).getId(), dvorkin.getId()});
      f.setRecordingUrl("https://www.youtube.com/@icsi");
      f.setTopicIds(new Long[] {mentalHealth, covid});
      f.setRegistrationOpen(false);
      f.setCallReport(
          "<p><strong>Call report (demo content).</strong> "
              + (60 + (i * 17) % 45)
              + " participants. The presenters walked through how their organisation started,"
              + " what it would do differently, and what it measures; questions were about"
              + " staffing the programme and keeping it going after the surge.</p>");
      long session = events.createEvent(system, "icsi", f).getId();
      materials.addMaterialLink(
          system, "icsi", session, "Slides (demo)", "https://www.icsi.org/mental-health-playbook/");
      int attended = 60 + (i * 17) % 45;
      // three of each session's attendees had come to the one before
      int from = Math.max(0, firstAttendee - 3);
      registrations(session, i, from, attended, 12 + i % 5, 4);
      firstAttendee = from + attended;
    }
    SeriesForm second = new SeriesForm();
    second.setTitle("Mental Health Support for Healthcare Workers: Series 2");
    second.setSlug("mental-health-support-series-2");
    second.setCadence("Bi-weekly");
    second.setStatus(SeriesStatus.RUNNING);
    second.setDescription(
        "<p>The second series addresses the changing needs of the healthcare workforce over"
            + " time: sustaining wellbeing programmes, and what organisations learned.</p>");
    second.setPublished(true);
    second.setTopicIds(new Long[] {mentalHealth});
    Series next = seriesService.saveSeries(system, "icsi", null, second);
    String[] upcoming = {
      "Sustaining wellbeing programmes after the crisis",
      "Peer support networks, five years on",
      "From playbook to practice: measuring what changed",
    };
    LocalDate tuesday = LocalDate.now(CHICAGO).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
    for (int i = 0; i < upcoming.length; i++) {
      EventForm f =
          form(
              upcoming[i], tuesday.plusWeeks(2L * i), LocalTime.NOON, LocalTime.of(13, 0), CHICAGO);
      f.setSeriesId(next.getId());
      f.setCapacity(100);
      f.setJoinUrl("https://zoom.example.org/j/icsi-series-2-" + (i + 1));
      f.setSummary("Healthcare leaders share what has lasted, what has not, and why.");
      f.setPresenterIds(new Long[] {hemmila.getId(), guests.get(i).getId()});
      f.setTopicIds(new Long[] {mentalHealth});
      events.createEvent(system, "icsi", f);
    }
  }

  private void nrhi(Actor system) {
    // one person, one record: NRHI's session names ICSI's Jodie Dvorkin, as presented by ICSI
    Presenter dvorkin =
        presenters.presenters(system, "icsi").stream()
            .filter(p -> p.getName().equals("Jodie Dvorkin"))
            .findFirst()
            .orElseThrow();
    Presenter butler =
        presenter(
            system,
            "nrhi",
            "Catherine (Kate) Butler",
            "MD, MA",
            "Nephrologist, Bioethicist and Acting Instructor",
            "University of Washington");
    SeriesForm s = new SeriesForm();
    s.setTitle("Collaboratives in Action: Responding to COVID-19");
    s.setSlug("collaboratives-in-action");
    s.setCadence("Monthly");
    s.setStatus(SeriesStatus.CONCLUDED);
    s.setDescription(
        "<p>Collaboratives across the country are taking swift action to support their key"
            + " stakeholders responding to community needs during the COVID-19 pandemic. This"
            + " series shares key findings, promising practices, important innovations, and"
            + " stories of hope from NRHI members and other national thought leaders.</p>");
    s.setPublished(true);
    s.setTopicIds(new Long[] {covid});
    Series series = seriesService.saveSeries(system, "nrhi", null, s);

    // the three sessions before May 4 (invented for the demo, and saying so), so that the seed's
    // webinar is the fourth in the series, as the seed page says
    String[] before = {
      "Convening regional partners when everything changes",
      "Telehealth at speed: what regions learned in a month",
      "Data for the surge: sharing capacity across a region",
    };
    for (int i = 0; i < before.length; i++) {
      EventForm earlier =
          form(
              before[i],
              LocalDate.of(2020, 4, 6 + 7 * i),
              LocalTime.NOON,
              LocalTime.of(13, 0),
              CHICAGO);
      earlier.setSeriesId(series.getId());
      earlier.setSummary(
          "Demo content: an invented session of the series, so that the May 4 webinar is the"
              + " fourth in it.");
      earlier.setTopicIds(new Long[] {covid});
      earlier.setRegistrationOpen(false);
      events.createEvent(system, "nrhi", earlier);
    }

    EventForm may4 =
        form(
            "Mental Health Support for Healthcare Workforce",
            LocalDate.of(2020, 5, 4),
            LocalTime.NOON,
            LocalTime.of(13, 0),
            CHICAGO);
    may4.setSeriesId(series.getId());
    may4.setSummary(
        "The fourth webinar in the series: ICSI shares its work on mental health support for"
            + " healthcare providers during COVID-19.");
    may4.setDiscussionTopics(
        "Stressors on the healthcare workers\n"
            + "Tools that health systems developed to help their employees cope with the current"
            + " situation\n"
            + "Health systems/providers are paying for enhanced services for their employees\n"
            + "Success stories");
    may4.setRecordingUrl("https://www.youtube.com/@nrhi");
    may4.setPresenterIds(new Long[] {dvorkin.getId()});
    may4.setTopicIds(new Long[] {mentalHealth, covid});
    may4.setRegistrationOpen(false);
    events.createEvent(system, "nrhi", may4);

    EventForm feb3 =
        form(
            "Moral distress and clinician wellbeing during COVID-19",
            LocalDate.of(2021, 2, 3),
            LocalTime.of(12, 15),
            LocalTime.of(13, 0),
            CHICAGO);
    feb3.setSummary(
        "Dr. Butler and her team have conducted a series of qualitative studies to better"
            + " understand US clinicians’ experiences and perspectives on providing care,"
            + " managing resource scarcity, and navigating changes in their professional roles"
            + " and relationships during the COVID-19 pandemic. She will discuss some of the"
            + " implications of this work for understanding moral distress and opportunities to"
            + " support clinician wellbeing.");
    feb3.setPresenterIds(new Long[] {butler.getId()});
    feb3.setTopicIds(new Long[] {mentalHealth, covid});
    feb3.setRegistrationOpen(false);
    events.createEvent(system, "nrhi", feb3);

    EventForm roundtable =
        form(
            "Collaboratives in Action: workforce wellbeing roundtable",
            LocalDate.now(CHICAGO)
                .plusDays(30)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)),
            LocalTime.of(12, 15),
            LocalTime.of(13, 15),
            CHICAGO);
    roundtable.setSummary(
        "Members compare what their regions are doing for the wellbeing of the healthcare"
            + " workforce, and what the data say.");
    roundtable.setCapacity(250);
    roundtable.setJoinUrl("https://zoom.example.org/j/nrhi-roundtable");
    roundtable.setPresenterIds(new Long[] {butler.getId()});
    roundtable.setTopicIds(new Long[] {mentalHealth});
    events.createEvent(system, "nrhi", roundtable);
  }

  private void upcomingAcrossTheNetwork(Actor system) {
    record Upcoming(
        String slug,
        String title,
        int inDays,
        LocalTime start,
        LocalTime end,
        String zone,
        EventFormat format,
        String location,
        Integer capacity,
        String summary) {}
    List<Upcoming> list = new ArrayList<>();
    list.add(
        new Upcoming(
            "civhc",
            "Mental health-related ED visits: what the claims data show",
            7,
            LocalTime.of(11, 0),
            LocalTime.of(12, 0),
            "America/Denver",
            EventFormat.ONLINE,
            null,
            200,
            "CIVHC walks through its analysis of the frequency of mental health-related"
                + " emergency department visits in Colorado, and what changed since 2019."));
    list.add(
        new Upcoming(
            "comagine",
            "Person-centered care planning for severe and persistent mental illness",
            14,
            LocalTime.of(10, 0),
            LocalTime.of(11, 30),
            "America/Los_Angeles",
            EventFormat.HYBRID,
            "Comagine Health, Portland, Oregon",
            60,
            "How Oregonians with severe and persistent mental illness direct their own"
                + " treatment: the behavioral health support programme, three years in."));
    list.add(
        new Upcoming(
            "mncm",
            "Depression care in Minnesota: this year's results",
            21,
            LocalTime.of(9, 0),
            LocalTime.of(10, 0),
            "America/Chicago",
            EventFormat.ONLINE,
            null,
            null,
            "MN Community Measurement presents the latest depression care measures: we can't"
                + " let another year go by."));
    list.add(
        new Upcoming(
            "stratis",
            "Healthy selfies: staff wellbeing habits that stick",
            5,
            LocalTime.of(13, 0),
            LocalTime.of(14, 0),
            "America/Chicago",
            EventFormat.ONLINE,
            null,
            12,
            "Stratis Health staff share the small, daily ways they stay mentally healthy — and"
                + " how to start a campaign like theirs."));
    for (Upcoming u : list) {
      ZoneId zone = ZoneId.of(u.zone());
      LocalDate day = LocalDate.now(zone).plusDays(u.inDays());
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1); // webinars happen on weekdays
      }
      EventForm f = form(u.title(), day, u.start(), u.end(), zone);
      f.setFormat(u.format());
      f.setLocation(u.location());
      f.setCapacity(u.capacity());
      f.setSummary(u.summary());
      f.setJoinUrl("https://zoom.example.org/j/" + u.slug() + "-" + u.inDays());
      f.setTopicIds(
          switch (u.slug()) {
            case "civhc", "comagine" -> new Long[] {mentalHealth, behavioral};
            case "mncm" -> new Long[] {mentalHealth, depression};
            default -> new Long[] {mentalHealth};
          });
      events.createEvent(system, u.slug(), f);
    }
  }

  private Long topic(
      Actor system,
      String name,
      String description,
      String observance,
      int fromMonth,
      int fromDay,
      int toMonth,
      int toDay) {
    TopicForm t = new TopicForm();
    t.setName(name);
    t.setDescription("<p>" + description + "</p>");
    if (observance != null) {
      t.setObservanceName(observance);
      t.setStartMonth(fromMonth);
      t.setStartDay(fromDay);
      t.setEndMonth(toMonth);
      t.setEndDay(toDay);
    }
    return topics.save(system, null, t).getId();
  }

  private Presenter presenter(
      Actor system, String slug, String name, String credentials, String role, String affiliation) {
    PresenterForm p = new PresenterForm();
    p.setName(name);
    p.setCredentials(credentials);
    p.setRole(role);
    p.setAffiliation(affiliation);
    return presenters.savePresenter(system, slug, null, p, null);
  }

  private static EventForm form(
      String title, LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
    EventForm f = new EventForm();
    f.setTitle(title);
    f.setDate(date);
    f.setStartTime(start);
    f.setEndTime(end);
    f.setZoneId(zone.getId());
    f.setPublished(true);
    return f;
  }
}
