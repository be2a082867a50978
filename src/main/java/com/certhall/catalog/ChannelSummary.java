package com.certhall.catalog;

/** A channel as the project picker lists it; {@code initial} is the A–Z letter of its pinyin. */
public record ChannelSummary(String code, String name, String initial, String description) {
}
