package com.certhall.support.conversation;

import java.time.Instant;

/** One message; {@code fromStaff} tells the sides apart, {@code author} is a staff username or "customer". */
public record Message(int seq, boolean fromStaff, String author, String body, Instant createdAt) {
}
