package org.convene.demo;

import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.resource.ResourceForm;
import org.convene.resource.ResourceKind;
import org.convene.resource.ResourceService;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;

/**
 * ICSI's curated resources under the seed's two themes and their sub-themes, tagged with the topic
 * "Mental health of healthcare workers". The organisations are real; the exact pages are their home
 * pages.
 */
@Stateless
public class DemoResources {

  @EJB private ResourceService resources;
  @EJB private TopicService topics;

  @Authorized(PLATFORM)
  public void load(Actor system) {
    Long topic =
        topics.bySlug("mental-health-of-healthcare-workers").map(Topic::getId).orElseThrow();
    long systems =
        resources
            .saveTheme(system, "icsi", null, "How Systems Can Help Their Workers", null, 1)
            .getId();
    long workers =
        resources
            .saveTheme(system, "icsi", null, "How Workers Can Get Help Themselves", null, 2)
            .getId();
    long planning = sub(system, "Planning and development infrastructure", systems, 1);
    long training = sub(system, "Training", systems, 2);
    long counselling = sub(system, "Counseling and referrals", systems, 3);
    long hotlines = sub(system, "Hotlines", systems, 4);
    long groups = sub(system, "Support groups", systems, 5);
    long apps = sub(system, "Free apps", workers, 1);
    long blogs = sub(system, "Blogs", workers, 2);
    long podcasts = sub(system, "Podcasts", workers, 3);

    add(
        system,
        planning,
        ResourceKind.PLAYBOOK,
        "ICSI Mental Health Playbook",
        "Planning and implementation strategies for the current and long-term mental and"
            + " emotional wellbeing of healthcare workforces.",
        "https://www.icsi.org/",
        "Health system leaders",
        topic);
    add(
        system,
        training,
        ResourceKind.TOOLKIT,
        "Psychological First Aid",
        "Training in supporting colleagues in the hours and weeks after a crisis.",
        "https://www.jhsph.edu/",
        "Managers and peer supporters",
        topic);
    add(
        system,
        counselling,
        ResourceKind.WEBSITE,
        "Employee assistance programs: making referrals",
        "How to connect staff with counselling through an employee assistance program.",
        "https://www.samhsa.gov/",
        "Human resources and managers",
        topic);
    add(
        system,
        hotlines,
        ResourceKind.HOTLINE,
        "988 Suicide & Crisis Lifeline",
        "Call or text 988, any time, for free and confidential support.",
        "https://988lifeline.org/",
        "Anyone in distress",
        topic);
    add(
        system,
        hotlines,
        ResourceKind.HOTLINE,
        "Physician Support Line",
        "Free, confidential peer support by volunteer psychiatrists for physicians and medical"
            + " students.",
        "https://www.physiciansupportline.com/",
        "Physicians and medical students",
        topic);
    add(
        system,
        groups,
        ResourceKind.WEBSITE,
        "Schwartz Rounds and Healthcare Worker Support Groups",
        "Structured forums where caregivers discuss the emotional side of their work.",
        "https://www.theschwartzcenter.org/",
        "Clinical and non-clinical staff",
        topic);
    add(
        system,
        apps,
        ResourceKind.APP,
        "Headspace for healthcare workers",
        "Meditation and sleep exercises, offered free to healthcare workers during the pandemic.",
        "https://www.headspace.com/",
        "Healthcare workers",
        topic);
    add(
        system,
        blogs,
        ResourceKind.BLOG,
        "NAMI Blog",
        "Stories and advice on living with and supporting mental health conditions.",
        "https://www.nami.org/",
        "Everyone",
        topic);
    add(
        system,
        podcasts,
        ResourceKind.PODCAST,
        "Mental Health America podcasts",
        "Conversations on mental health at work and at home.",
        "https://mhanational.org/",
        "Everyone",
        topic);
  }

  private long sub(Actor system, String name, long parent, int position) {
    return resources.saveTheme(system, "icsi", null, name, parent, position).getId();
  }

  private void add(
      Actor system,
      long theme,
      ResourceKind kind,
      String title,
      String summary,
      String url,
      String audience,
      Long topic) {
    ResourceForm f = new ResourceForm();
    f.setTitle(title);
    f.setSummary(summary);
    f.setKind(kind);
    f.setUrl(url);
    f.setAudience(audience);
    f.setThemeId(theme);
    f.setPublished(true);
    f.setTopicIds(new Long[] {topic});
    resources.save(system, "icsi", null, f, null, null);
  }
}
