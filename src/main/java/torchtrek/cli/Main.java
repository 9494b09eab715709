package torchtrek.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code torchtrek} command. */
@Command(name = "torchtrek", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Learn PyTorch's core ideas (tensors and autograd) in Java, in your terminal.",
    subcommands = {RunCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).execute(args);
        System.exit(code);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"TorchTrek " + (v == null ? "dev" : v)};
        }
    }
}
