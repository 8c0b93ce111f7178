package org.convene.demo;

import static org.convene.account.Authorized.Rule.PLATFORM;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.Arrays;
import org.convene.account.Actor;
import org.convene.account.Authorized;
import org.convene.news.NewsForm;
import org.convene.news.NewsKind;
import org.convene.news.NewsService;
import org.convene.topic.Topic;
import org.convene.topic.TopicService;

/**
 * The members' news of the seed page ("NRHI Members on Mental Health") and ICSI's press release of
 * October 14, 2020, each owned by its collaborative and tagged with topics, through the service.
 * The external addresses are the members' sites (the exact pages are not in the seed).
 */
@Stateless
public class DemoNews {

  @EJB private NewsService news;
  @EJB private TopicService topics;

  @Authorized(PLATFORM)
  public void load(Actor system) {
    item(
        system,
        "civhc",
        NewsKind.LINK,
        "New Analysis Shows Frequency of Mental Health-Related ED Visits",
        "CIVHC published an analysis of how often Coloradans visit emergency departments for"
            + " mental health-related reasons.",
        null,
        "https://www.civhc.org/",
        LocalDate.of(2019, 12, 1),
        "mental-health-of-healthcare-workers",
        "behavioral-health");
    item(
        system,
        "comagine",
        NewsKind.LINK,
        "Oregon Health Authority names Comagine Health as behavioral health support program"
            + " contractor",
        "This three-year contract ensures that Oregonians with severe and persistent mental"
            + " illness are actively involved in directing their treatment through"
            + " person-centered care planning.",
        null,
        "https://comagine.org/",
        LocalDate.of(2020, 4, 1),
        "mental-health-of-healthcare-workers",
        "behavioral-health");
    item(
        system,
        "mncm",
        NewsKind.LINK,
        "Depression Care in Minnesota: We can't let another year go by",
        "A blog from MN Community Measurement on the state of depression care.",
        null,
        "https://mncm.org/",
        LocalDate.of(2020, 4, 1),
        "mental-health-of-healthcare-workers",
        "depression-care");
    item(
        system,
        "stratis",
        NewsKind.POST,
        "Our \"healthy selfie\" campaign",
        "Stratis Health staff post selfies showing the different ways they are staying mentally"
            + " healthy during COVID-19.",
        "<p>Our staff are sharing selfies with the different ways they are staying mentally"
            + " healthy during COVID-19 — walks, music, time with family, a moment of quiet."
            + " Follow the campaign on Twitter and LinkedIn, and join in.</p>",
        null,
        LocalDate.of(2020, 5, 11),
        "mental-health-of-healthcare-workers",
        "covid-19");
    item(
        system,
        "icsi",
        NewsKind.PRESS_RELEASE,
        "ICSI Conducts Successful Mental Health Support for Healthcare Workers Series",
        "Minnesota organization convened healthcare leaders to gather best practices for"
            + " supporting the mental health and wellbeing of COVID caregivers.",
        "<p><strong>Bloomington, Minn. – October 14, 2020</strong> – Representatives from ICSI"
            + " announced they have wrapped their first mental health support series for COVID"
            + " healthcare workers, a series of live, interactive sessions focused on sharing ways"
            + " to proactively support the mental and emotional health of the healthcare"
            + " workforce during the pandemic.</p>"
            + "<p>The sessions began on April 14, 2020 and continued on a bi-weekly basis through"
            + " September. Each session featured healthcare leaders presenting implementation"
            + " strategies including models for intervention, peer support, stress reduction and"
            + " other factors impacting the wellbeing of healthcare workers on the frontlines of"
            + " COVID-19.</p>"
            + "<p>Presentations were collected and curated into a shared knowledge network managed"
            + " by ICSI. Based on this information ICSI also created a Mental Health Playbook to"
            + " provide planning and implementation strategies to support the current and"
            + " long-term mental and emotional wellbeing of healthcare workforces. Nearly 1,000"
            + " healthcare representatives participated in the sessions, including leaders from"
            + " across the United States.</p>"
            + "<blockquote><p>It's a testament to the readiness and resilience of our industry"
            + " that we were able to create this forum so quickly, and that so many mental health"
            + " and healthcare leaders were eager to participate, despite enormous pressure from"
            + " the COVID-19 crisis. More than a dozen programs were presented and adapted across"
            + " the network over the course of the past 5 months.</p></blockquote>"
            + "<p>— Tani Hemmila, Director of the MN Health Collaborative for ICSI, who added that"
            + " a second series is being planned to address changing needs over time.</p>"
            + "<p>Healthcare and mental health experts from organizations including the University"
            + " of Minnesota, Johns Hopkins University, Mayo Clinic, Mount Sinai Health System and"
            + " the University of Missouri were among those presenting sessions during the series,"
            + " which included best practices originating from healthcare as well as military,"
            + " education and social work programs.</p>",
        null,
        LocalDate.of(2020, 10, 14),
        "mental-health-of-healthcare-workers",
        "covid-19");
  }

  private void item(
      Actor system,
      String slug,
      NewsKind kind,
      String title,
      String summary,
      String body,
      String url,
      LocalDate dated,
      String... topicSlugs) {
    NewsForm f = new NewsForm();
    f.setKind(kind);
    f.setTitle(title);
    f.setSummary(summary);
    f.setBody(body);
    f.setExternalUrl(url);
    f.setDated(dated);
    f.setPublished(true);
    f.setTopicIds(
        Arrays.stream(topicSlugs)
            .map(t -> topics.bySlug(t).map(Topic::getId).orElseThrow())
            .toArray(Long[]::new));
    news.save(system, slug, null, f);
  }
}
