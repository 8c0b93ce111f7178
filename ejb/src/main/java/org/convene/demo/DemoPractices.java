package org.convene.demo;

import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.event.Event;
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
  @EJB private TopicService topics;

  @Authorized(PLATFORM)
  public void load(Actor system) {
    Long topic =
        topics.bySlug("mental-health-of-healthcare-workers").map(Topic::getId).orElseThrow();
    List<Event> sessions = practices.sessionChoices(system, "icsi");
    List<Resource> library = practices.resourceChoices(system, "icsi");
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
  }

  private void add(
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
    practices.save(system, owner, null, f);
  }
}
