package com.certhall.pki.ca;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar certhall.jar ca init --algorithms=sm2,ecc,rsa [--keystore=soft|pkcs11]}: creates the CA
 * hierarchies that are missing, prints them and exits. {@link CaCommandEnvironment} keeps the web server off.
 */
@Component
class CaCommand implements ApplicationRunner {

    private final CaInitializer initializer;
    private final PkiProperties properties;
    private final ApplicationContext context;

    CaCommand(CaInitializer initializer, PkiProperties properties, ApplicationContext context) {
        this.initializer = initializer;
        this.properties = properties;
        this.context = context;
    }

    static boolean isCommandLine(Environment environment) {
        String args = environment.getProperty("nonOptionArgs", "");
        return args.equals("ca") || args.startsWith("ca,");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().isEmpty() || !args.getNonOptionArgs().get(0).equals("ca")) {
            return;
        }
        int status = execute(args, System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Runs the command, printing to {@code out}; returns the exit status. */
    int execute(ApplicationArguments args, PrintStream out) {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 2 || !words.get(1).equals("init")) {
            out.println("usage: ca init --algorithms=sm2,ecc,rsa [--keystore=soft|pkcs11]");
            return 2;
        }
        List<String> families = args.containsOption("algorithms")
                ? Arrays.asList(String.join(",", args.getOptionValues("algorithms")).split(","))
                : List.of("sm2", "ecc", "rsa");
        String keyStore = args.containsOption("keystore") ? args.getOptionValues("keystore").get(0)
                : properties.keyStore();
        try {
            for (Ca ca : initializer.initialize(families, keyStore)) {
                out.printf("%-12s %-9s %-7s %s  sha256=%s%n", ca.name(), ca.algorithm(), ca.signer().keyStoreType(),
                        ca.certificate().getSubject(), Crypto.sha256Hex(ca.der()));
            }
            return 0;
        } catch (RuntimeException e) {
            out.println("ca init failed: " + e.getMessage());
            return 1;
        }
    }
}
