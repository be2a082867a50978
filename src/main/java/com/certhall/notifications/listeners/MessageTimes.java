package com.certhall.notifications.listeners;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a message shows a moment to its reader: China Standard Time, to the minute or to the day. */
final class MessageTimes {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CHINA);

    private MessageTimes() {
    }
}
