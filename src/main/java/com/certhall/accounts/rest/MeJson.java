package com.certhall.accounts.rest;

import com.certhall.accounts.ApplicantProfile;
import com.certhall.accounts.StaffRole;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/me}: a staff user or an applicant account, identifiers masked (docs/development.md, "API"). */
@Schema(oneOf = {MeJson.Staff.class, MeJson.Applicant.class})
sealed interface MeJson {

    @Schema(name = "StaffMe", description = "A signed-in staff user.")
    record Staff(@Schema(description = "Always STAFF.") String type, String username, List<StaffRole> roles)
            implements MeJson {

        static Staff of(String username, List<StaffRole> roles) {
            return new Staff("STAFF", username, roles);
        }
    }

    @Schema(name = "ApplicantMe", description = "A signed-in applicant account; identifiers are masked.")
    record Applicant(UUID accountId, @Schema(description = "PERSON or ENTERPRISE.") String type, String loginName,
            @Schema(description = "The person's real name (PERSON accounts only).") @Nullable String realName,
            @Schema(description = "The enterprise's name (ENTERPRISE accounts only).") @Nullable String enterpriseName,
            @Schema(description = "Masked mobile, e.g. 138****0000.") String mobile,
            @Schema(description = "Masked e-mail; absent when none was given.") @Nullable String email,
            @Schema(description = "Masked USCC (ENTERPRISE accounts only).") @Nullable String uscc,
            Instant createdAt) implements MeJson {

        static Applicant of(ApplicantProfile p) {
            boolean enterprise = "ENTERPRISE".equals(p.type());
            return new Applicant(p.accountId(), p.type(), p.loginName(), enterprise ? null : p.displayName(),
                    enterprise ? p.displayName() : null, p.mobile().masked(),
                    p.email() == null ? null : p.maskedEmail(), p.uscc() == null ? null : p.uscc().masked(),
                    p.createdAt());
        }
    }
}
