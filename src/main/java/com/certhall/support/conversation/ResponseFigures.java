package com.certhall.support.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The support desk's response times over the last seven days: conversations started and answered, the mean and
 * median time to the first answer, and how many wait now and since how long the oldest does.
 */
public record ResponseFigures(int started, int answered, @Nullable Duration meanFirstResponse,
        @Nullable Duration medianFirstResponse, int waiting, @Nullable Duration longestWait) {

    static ResponseFigures of(List<ConversationView> lastWeek, List<ConversationView> open, Instant now) {
        List<Duration> firsts = lastWeek.stream().map(ConversationView::firstResponse).filter(Objects::nonNull)
                .sorted().toList();
        Duration mean = firsts.isEmpty() ? null
                : firsts.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(firsts.size());
        Duration median = firsts.isEmpty() ? null : firsts.get((firsts.size() - 1) / 2);
        List<ConversationView> waiting = open.stream().filter(ConversationView::waiting).toList();
        Duration longest = waiting.stream().map(c -> Duration.between(c.waitingSince(), now))
                .max(Duration::compareTo).orElse(null);
        return new ResponseFigures(lastWeek.size(), firsts.size(), mean, median, waiting.size(), longest);
    }

    /** A duration as minutes and seconds ("3:07"), or "–" when there is none. */
    public static String format(@Nullable Duration d) {
        return d == null ? "–" : d.toMinutes() + ":" + String.format("%02d", d.toSecondsPart());
    }
}
