package org.convene.demo;

import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.event.Event;
import org.convene.practice.AdoptionForm;
import org.convene.practice.AdoptionService;
import org.convene.practice.AdoptionStatus;
import org.convene.practice.EvidenceLevel;
import org.convene.practice.PracticeForm;
import org.convene.practice.PracticeService;
import org.convene.resource.Resource;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;

/**
 * Practices presented in ICSI's 2020 series, and one of Stratis Health's presented there too. The
 * practices' names, texts and figures are invented for the demo (and say so); the sessions and the
 * playbook are the demo's own.
 */
@Stateless
public class DemoPractices {

  private static final String DEMO_NOTE = " (Demo content: names and figures are invented.)";

  @EJB private PracticeService practices;
  @EJB private AdoptionService adoptions;
  @EJB private TopicService topics;

  @Authorized(PLATFORM)
  public void load(Actor system) {
    Long topic =
        topics.bySlug("mental-health-of-healthcare-workers").map(Topic::getId).orElseThrow();
    List<Event> sessions = practices.sessionChoices(system, "icsi");
    List<Resource> library = practices.resourceChoices(system, "icsi");
    long huddles =
        add(
            system,
            "icsi",
            "Peer support huddles",
            "Fifteen-minute huddles at shift change, led by a trained peer, where staff can name what"
                + " weighs on them and hear that others feel it too.",
            "Clinicians carried distress from one shift to the next, and few used the employee"
                + " assistance programme.",
            "A peer supporter trained in four hours opens the huddle with one question; anyone may"
                + " pass; the huddle ends with where to get more help.\nUnits choose the day and time.",
            "Inpatient units, emergency departments",
            "Nurses, physicians and unit staff",
            EvidenceLevel.PILOTED,
            "Piloted on six units in 2020: 83% of staff who took part would recommend it.",
            sessions,
            "Peer support that works",
            library,
            null,
            topic);
    long firstAid =
        add(
            system,
            "icsi",
            "Stress first aid for frontline teams",
            "A shared language and seven simple actions for noticing stress in a colleague and"
                + " helping early, before it becomes injury.",
            "Teams saw colleagues struggle but did not know what to say or when to refer.",
            "Half-day training for whole teams; a pocket card; unit champions who refresh it monthly.",
            "Hospitals and clinics",
            "Frontline teams and their leaders",
            EvidenceLevel.EVIDENCE_BASED,
            "Adapted from a published model of stress first aid; 1,200 staff trained across five"
                + " health systems in 2020.",
            sessions,
            "Stress first aid",
            library,
            null,
            topic);
    long network =
        add(
            system,
            "icsi",
            "Rapid-response caregiver support network",
            "A network of volunteer counsellors, chaplains and social workers that any caregiver can"
                + " reach within a day.",
            "Support existed in every system but was hard to find in a surge.",
            "One phone number and web form routed to the next free volunteer; a weekly case review.",
            "Health systems of a region",
            "Any healthcare worker",
            EvidenceLevel.EVALUATED,
            "Evaluated after six months: 410 requests, median response 5 hours.",
            sessions,
            "Caring for the caregivers",
            library,
            null,
            topic);
    long playbook =
        add(
            system,
            "icsi",
            "The Mental Health Playbook",
            "Planning and implementation strategies for the mental and emotional wellbeing of"
                + " healthcare workforces, curated from the series' sessions.",
            "Members asked for the series' lessons in one place they could act on.",
            "Each chapter takes one practice from the series: why, how to start, what to measure.",
            "Health systems and medical groups",
            "Health system leaders",
            EvidenceLevel.EVALUATED,
            "Built from 13 sessions attended by nearly 1,000 healthcare representatives.",
            sessions,
            "Sustaining support beyond the surge",
            library,
            "ICSI Mental Health Playbook",
            topic);
    add(
        system,
        "stratis",
        "Wellbeing check-ins for rural clinics",
        "A monthly five-question check-in that small rural clinics can run without a wellbeing"
            + " team of their own.",
        "Rural clinics have no one whose job is staff wellbeing.",
        "The clinic manager sends the five questions; answers are pooled across clinics so no one"
            + " can be singled out; a regional call discusses the results.",
        "Rural clinics and critical access hospitals",
        "Clinic managers",
        EvidenceLevel.PILOTED,
        "Piloted with 14 clinics; presented in ICSI's series.",
        sessions,
        "Measuring wellbeing",
        List.of(),
        null,
        topic);
    // seven more of the series' practices, so that it presents a dozen (invented, as each says)
    String[][] more = {
      {
        "Staff wellbeing hotline",
        "A phone line for healthcare workers, staffed by volunteer counsellors, set up in two weeks.",
        "Staff in distress did not know whom to call outside office hours.",
        "Volunteer counsellors on a rota; one number; a warm handover to longer-term care.",
        "Building a staff wellbeing hotline",
        "EVALUATED"
      },
      {
        "Fatigue-aware scheduling",
        "Rotas that protect sleep during a surge: fewer quick returns, protected rest after nights.",
        "Back-to-back shifts during the surge left staff exhausted and unsafe.",
        "Schedulers use three rules and a checklist; unit leaders review fatigue weekly.",
        "Sleep, fatigue and shift work",
        "PILOTED"
      },
      {
        "Grief rounds for nursing units",
        "A monthly half hour in which a unit remembers the patients it lost and talks about it.",
        "Nurses had no time or place to grieve patients they cared for.",
        "A chaplain or social worker leads; names are read; staff may speak or listen.",
        "Supporting nurses through grief",
        "PILOTED"
      },
      {
        "Family line for healthcare workers",
        "Childcare and school advice for healthcare workers' families during closures.",
        "Staff could not work their shifts while schools and day care were closed.",
        "A shared line with local schools and day-care providers; a list of emergency places.",
        "Schools, families and the healthcare worker",
        "IDEA"
      },
      {
        "On-call crisis counselling by social workers",
        "Social workers on call for staff after a critical incident, within the hour.",
        "After a death or an assault on a unit, help came days later or not at all.",
        "A rota of social workers; the charge nurse calls; a follow-up two weeks later.",
        "Social work models for crisis counselling",
        "EVALUATED"
      },
      {
        "Leader rounding for psychological safety",
        "Leaders round weekly with one question: what is getting in the way of your work?",
        "Staff did not raise problems because nothing changed when they did.",
        "Leaders write down every answer and report back within a week on what changed.",
        "Leaders' role in psychological safety",
        "EVIDENCE_BASED"
      },
      {
        "Operational stress first response",
        "A military model of first response to operational stress, adapted for clinical teams.",
        "Clinical teams lacked a shared way to notice and respond to acute stress.",
        "Five steps any team member can take, practised in drills twice a year.",
        "What the military teaches us",
        "PILOTED"
      },
    };
    List<Long> added = new java.util.ArrayList<>();
    for (String[] m : more) {
      added.add(
          add(
              system,
              "icsi",
              m[0],
              m[1],
              m[2],
              m[3],
              "Health systems and hospitals",
              "Healthcare workers and their leaders",
              EvidenceLevel.valueOf(m[5]),
              "Presented in ICSI's 2020 series.",
              sessions,
              m[4],
              List.of(),
              null,
              topic));
    }
    adopt(
        system,
        "comagine",
        added.get(0),
        null,
        AdoptionStatus.CONSIDERING,
        2022,
        null,
        "Would share one line across three rural hospitals.",
        null,
        null);
    adopt(
        system,
        "mncm",
        added.get(5),
        null,
        AdoptionStatus.ADOPTED,
        2021,
        "Lakeside Medical Group (demo)",
        "Monthly instead of weekly in clinics.",
        null,
        "Staff survey: 'problems get fixed' up from 41% to 63%.");
    adopt(
        system,
        "nrhi",
        added.get(4),
        null,
        AdoptionStatus.PILOTING,
        2022,
        null,
        "Offered to members' staff through the network office.",
        null,
        null);

    long centres =
        add(
            system,
            "civhc",
            "Peer support huddles for community health centres",
            "ICSI's huddles, reshaped for small community health centres where one shift is a"
                + " handful of people.",
            "Staff of community health centres work in teams too small for a huddle per shift.",
            "One weekly huddle for the whole centre, led by a rotating peer; a shared script in"
                + " English and Spanish.",
            "Community health centres",
            "All staff of a centre",
            EvidenceLevel.PILOTED,
            "Piloted in four centres in 2021.",
            List.of(),
            "",
            List.of(),
            null,
            topic);
    adopt(
        system,
        "civhc",
        huddles,
        centres,
        AdoptionStatus.PILOTING,
        2021,
        null,
        "Weekly for the whole centre instead of every shift; a bilingual script.",
        null,
        "Four centres, 60 staff; attendance held at two thirds.");
    adopt(
        system,
        "mncm",
        centres,
        null,
        AdoptionStatus.ADOPTED,
        2022,
        "Twin Cities Community Clinic (demo)",
        "Took CIVHC's version as it is.",
        null,
        "Part of the centre's onboarding since 2022.");
    adopt(
        system,
        "stratis",
        centres,
        null,
        AdoptionStatus.CONSIDERING,
        2023,
        null,
        "Would run CIVHC's weekly version in rural clinics, by video where staff are few.",
        null,
        null);
    adopt(
        system,
        "comagine",
        firstAid,
        null,
        AdoptionStatus.ADOPTED,
        2021,
        "Valley Regional Hospital (demo)",
        "Trained unit champions first, then whole teams.",
        null,
        "Every inpatient unit trained within a year.");
    adopt(
        system,
        "stratis",
        network,
        null,
        AdoptionStatus.STOPPED,
        2021,
        null,
        "Tried a regional network of volunteers for rural hospitals.",
        "Too few volunteers across a large rural region to answer within a day; the clinics"
            + " chose monthly check-ins instead.",
        null);
    adopt(
        system,
        "nrhi",
        playbook,
        null,
        AdoptionStatus.ADOPTED,
        2021,
        null,
        "Shared with every member as the network's starting point.",
        null,
        null);
  }

  private long add(
      Actor system,
      String owner,
      String name,
      String summary,
      String problem,
      String howItWorks,
      String setting,
      String audience,
      EvidenceLevel level,
      String evidence,
      List<Event> sessions,
      String sessionTitle,
      List<Resource> library,
      String resourceTitle,
      Long topic) {
    PracticeForm f = new PracticeForm();
    f.setName(name);
    f.setSummary(summary);
    f.setProblem(problem);
    f.setHowItWorks(howItWorks);
    f.setSetting(setting);
    f.setAudience(audience);
    f.setEvidenceLevel(level);
    f.setEvidence(evidence + DEMO_NOTE);
    f.setContact("Programme team, " + owner.toUpperCase(java.util.Locale.ROOT) + " (demo)");
    f.setEventIds(
        sessions.stream()
            .filter(e -> e.getTitle().startsWith(sessionTitle))
            .map(Event::getId)
            .toArray(Long[]::new));
    f.setResourceIds(
        library.stream()
            .filter(r -> r.getTitle().equals(resourceTitle))
            .map(Resource::getId)
            .toArray(Long[]::new));
    f.setTopicIds(new Long[] {topic});
    f.setPublished(true);
    return practices.save(system, owner, null, f).getId();
  }

  private void adopt(
      Actor system,
      String adopter,
      long practice,
      Long adaptation,
      AdoptionStatus status,
      int year,
      String organisation,
      String changes,
      String stoppedReason,
      String results) {
    AdoptionForm f = new AdoptionForm();
    f.setPracticeId(practice);
    f.setAdaptationId(adaptation);
    f.setStatus(status);
    f.setStartedOn(java.time.LocalDate.of(year, 3, 1));
    f.setOrganisation(organisation);
    f.setChanges(changes);
    f.setStoppedReason(stoppedReason);
    f.setResults(results == null ? null : results + DEMO_NOTE);
    f.setPublished(true);
    adoptions.save(system, adopter, null, f);
  }
}
