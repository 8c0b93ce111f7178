package org.convene.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordingsTest {

  @Test
  void youTubeLinksOfEveryShapeBecomeThePrivacyEnhancedPlayer() {
    String player = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";
    assertThat(Recordings.player("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s"))
        .contains(player);
    assertThat(Recordings.player("https://youtu.be/dQw4w9WgXcQ?si=abc")).contains(player);
    assertThat(Recordings.player("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ"))
        .contains(player);
    assertThat(Recordings.player("https://www.youtube.com/live/dQw4w9WgXcQ")).contains(player);
    assertThat(Recordings.player("https://www.youtube.com/embed/dQw4w9WgXcQ")).contains(player);
  }

  @Test
  void vimeoLinksBecomeThePlayerWithoutTracking() {
    assertThat(Recordings.player("https://vimeo.com/76979871"))
        .contains("https://player.vimeo.com/video/76979871?dnt=1");
    assertThat(Recordings.player("https://player.vimeo.com/video/76979871"))
        .contains("https://player.vimeo.com/video/76979871?dnt=1");
  }

  @Test
  void otherLinksStayLinks() {
    assertThat(Recordings.player("https://example.org/recording.mp4")).isEmpty();
    assertThat(Recordings.player("http://www.youtube.com/watch?v=dQw4w9WgXcQ")).isEmpty();
    assertThat(Recordings.player("https://www.youtube.com/watch?v=short")).isEmpty();
    assertThat(Recordings.player("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>"))
        .isEmpty();
    assertThat(Recordings.player("https://vimeo.com/channels/staffpicks")).isEmpty();
    assertThat(Recordings.player("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ")).isEmpty();
    assertThat(Recordings.player(null)).isEmpty();
    assertThat(Recordings.player("not a link at all")).isEmpty();
  }
}
