package com.certhall.orders;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a seal order (补章, 变章; docs/seals.md "Seal orders") asks the seals module to make.
 *
 * @param sealId the seal it starts from: 补章 adds a seal on that seal's certificate, 变章 replaces it
 * @param kind   the kind of the new seal ({@code OFFICIAL}, {@code INVOICE}), the seals module's names
 * @param name   the name on the new seal; null for the organisation's name
 */
public record SealRequest(UUID sealId, String kind, @Nullable String name) {
}
