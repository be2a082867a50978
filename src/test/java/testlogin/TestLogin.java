package testlogin;

import com.certhall.accounts.AuthenticatedUser;
import com.certhall.accounts.StaffRole;
import com.certhall.support.CallerSecurityContexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test shortcut past the login pages: puts a user with the given roles (as the real accounts principal) into the
 * browser's session, under the sandbox path the page chain already lets through. It lives outside
 * {@code com.certhall} so component scanning never finds it; only tests that import it have it.
 */
@TestConfiguration
public class TestLogin {

    @RestController
    public static class Endpoint {

        private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

        @GetMapping("/sandbox/test-login")
        ResponseEntity<String> login(@RequestParam String user, @RequestParam String roles,
                @RequestParam(required = false) String name, HttpServletRequest request,
                HttpServletResponse response) {
            java.util.List<String> names = Arrays.asList(roles.split(","));
            AuthenticatedUser principal = names.contains("APPLICANT")
                    ? AuthenticatedUser.applicant(java.util.UUID.fromString(user), name == null ? "applicant" : name)
                    : AuthenticatedUser.staff(java.util.UUID.nameUUIDFromBytes(user.getBytes()), user,
                            names.stream().filter(n -> !n.equals("STAFF")).map(StaffRole::valueOf)
                                    .collect(java.util.stream.Collectors.toCollection(
                                            () -> java.util.EnumSet.noneOf(StaffRole.class))));
            SecurityContext context = CallerSecurityContexts.of(principal);
            repository.saveContext(context, request, response);
            return ResponseEntity.ok("signed in");
        }
    }
}
