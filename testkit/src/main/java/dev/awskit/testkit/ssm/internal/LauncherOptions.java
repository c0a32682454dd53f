package dev.awskit.testkit.ssm.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The launcher's command line: {@code --port}, {@code --host}, {@code --forward-to}, {@code --ec2-endpoint},
 * {@code --runbooks} (repeatable), {@code --virtual-time}, {@code --help}.
 *
 * @param port the port, 0 for a free one
 * @param host the address to listen on
 * @param forwardTo where other SSM operations go, or {@code null}
 * @param ec2Endpoint the EC2 endpoint of the EC2 runbooks, or {@code null}
 * @param runbooks JSON runbook files to register
 * @param virtualTime whether executions move only through {@code POST /emulator-api/time}
 * @param help whether to print the usage and exit
 */
public record LauncherOptions(int port, String host, URI forwardTo, URI ec2Endpoint, List<Path> runbooks,
        boolean virtualTime, boolean help) {

    /** The usage text. */
    public static final String USAGE = """
            Usage: java -jar ssm-emulator.jar [--port N] [--host ADDRESS] [--forward-to URL] [--ec2-endpoint URL]
                                              [--runbooks FILE]... [--virtual-time]
              --port N            port to listen on (default 0: a free port, printed at start)
              --host ADDRESS      address to listen on (default 127.0.0.1)
              --forward-to URL    SSM endpoint for every operation but Automation (e.g. moto_server)
              --ec2-endpoint URL  EC2 endpoint for AWS-StartEC2Instance / AWS-StopEC2Instance (e.g. moto_server)
              --runbooks FILE     JSON runbooks to register (an object or an array); repeatable
              --virtual-time      executions move only on POST /emulator-api/time {"advance": "PT30M"}
            Control API: POST /emulator-api/reset, POST /emulator-api/runbooks, POST /emulator-api/time,
                         GET /emulator-api/calls. Stops on SIGTERM or Ctrl-C.""";

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException naming the bad argument
     */
    public static LauncherOptions parse(String... args) {
        int port = 0;
        String host = "127.0.0.1";
        URI forwardTo = null;
        URI ec2 = null;
        List<Path> runbooks = new ArrayList<>();
        boolean virtual = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = port(value(args, ++i, arg));
                case "--host" -> host = value(args, ++i, arg);
                case "--forward-to" -> forwardTo = url(value(args, ++i, arg), arg);
                case "--ec2-endpoint" -> ec2 = url(value(args, ++i, arg), arg);
                case "--runbooks" -> runbooks.add(Path.of(value(args, ++i, arg)));
                case "--virtual-time" -> virtual = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        return new LauncherOptions(port, host, forwardTo, ec2, List.copyOf(runbooks), virtual, help);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException("--port must be 0 to 65535: '" + text + "'");
    }

    private static URI url(String text, String option) {
        try {
            URI uri = URI.create(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException(option + " must be an http(s) URL: '" + text + "'");
    }
}
