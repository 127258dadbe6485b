package dev.revops.core.workload;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** How a support channel is staffed. */
public enum ChannelKind implements Localizable {
  /** Calls: Erlang C, or Erlang A with a patience; one contact per agent at a time. */
  VOICE,
  /**
   * Chat: as voice, with {@link SupportChannel#concurrency()} conversations per agent; each agent
   * counts as that many servers (a revops assumption: concurrent chats are handled independently).
   */
  CHAT,
  /**
   * Email or tickets: no queue to answer live; the work of each interval is spread over the
   * {@link SupportChannel#responseDeadlineSeconds() response deadline} that follows it.
   */
  DEFERRED;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("channel." + name(), locale);
  }
}
