/**
 * Cross-cutting value types every module may use: validated identifiers (USCC, resident ID, mobile, bank card),
 * money in fen, masking, input hygiene and the exceptions that become problem details.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.certhall.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
