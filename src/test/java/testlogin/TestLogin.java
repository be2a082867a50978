package testlogin;

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
 * Test double for the accounts module's login pages (not on this branch): puts a user with the given roles into the
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
                HttpServletRequest request, HttpServletResponse response) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    Arrays.stream(roles.split(",")).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
            repository.saveContext(context, request, response);
            return ResponseEntity.ok("signed in");
        }
    }
}
