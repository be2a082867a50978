package com.certhall.verification.provider.sandbox;

import com.certhall.shared.Masking;
import com.certhall.shared.NotFoundException;
import com.certhall.shared.Uscc;
import com.certhall.verification.provider.CorporateAccountVerifier;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The paying bank: pays into accounts it knows when the payee name matches the account holder, refuses others
 * ({@code ACCOUNT_NOT_FOUND}, {@code MISMATCH}), accounts a tester closed ({@code ACCOUNT_CLOSED}) and memos longer
 * than a bank takes ({@code MEMO_TOO_LONG}, over {@value #MAX_MEMO} characters), and keeps every payment for
 * {@code /sandbox/bank}. It answers like an unreachable bank while its outage switch is on.
 */
@Component
@Profile("sandbox")
public class SandboxBank implements CorporateAccountVerifier {

    /** A deposit as the receiving company sees it on its statement. */
    public record Receipt(String account, String bankName, String payee, long amountFen, String memo, Instant at) {
    }

    /** Longest memo (附言) the simulated bank takes, in characters. */
    public static final int MAX_MEMO = 30;

    private final Set<String> closed = ConcurrentHashMap.newKeySet();
    private final SandboxIdentities identities;
    private final SandboxServices services;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SandboxBank(SandboxIdentities identities, SandboxServices services, JdbcTemplate jdbc, Clock clock) {
        this.identities = identities;
        this.services = services;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Deposit deposit(String companyName, Uscc uscc, String bankName, String account, long amountFen,
            String memo) {
        services.call(SandboxServices.Service.BANK);
        Optional<SandboxIdentities.Company> holder = identities.companyByAccount(account);
        if (holder.isEmpty()) {
            return Deposit.refused("ACCOUNT_NOT_FOUND");
        }
        if (closed.contains(account)) {
            return Deposit.refused("ACCOUNT_CLOSED");
        }
        if (memo.length() > MAX_MEMO) {
            return Deposit.refused("MEMO_TOO_LONG");
        }
        if (!holder.get().name().equals(companyName) || !holder.get().uscc().equals(uscc.value())) {
            return Deposit.refused("MISMATCH");
        }
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO verification_sandbox_deposit (id, account, bank_name, payee, amount_fen, memo, made_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, account, holder.get().bankName(), companyName, amountFen, memo,
                Timestamp.from(clock.instant()));
        return Deposit.paid("SBXB" + id.toString().replace("-", "").substring(0, 16).toUpperCase());
    }

    /** Closes (销户) or reopens a known account; the bank then refuses payments into it. */
    public void setClosed(String account, boolean isClosed) {
        String normalized = account.replaceAll("\\s", "");
        if (identities.companyByAccount(normalized).isEmpty()) {
            throw new NotFoundException("bankAccount", Masking.mask(normalized, 0, 4));
        }
        if (isClosed) {
            closed.add(normalized);
        } else {
            closed.remove(normalized);
        }
    }

    public boolean isClosed(String account) {
        return closed.contains(account.replaceAll("\\s", ""));
    }

    /** Deposits made, newest first, to one account or (null) to all. */
    public List<Receipt> deposits(String account, int limit) {
        String sql = "SELECT account, bank_name, payee, amount_fen, memo, made_at FROM verification_sandbox_deposit"
                + (account == null || account.isBlank() ? "" : " WHERE account = ?") + " ORDER BY made_at DESC LIMIT " + limit;
        Object[] args = account == null || account.isBlank() ? new Object[0] : new Object[] {account.replaceAll("\\s", "")};
        return jdbc.query(sql, (rs, n) -> new Receipt(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant()), args);
    }
}
