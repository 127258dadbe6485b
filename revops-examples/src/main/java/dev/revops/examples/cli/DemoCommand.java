package dev.revops.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code revops demo}: the walkthrough of every example of the source. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Print the walkthrough of the source's examples.")
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
final class DemoCommand implements Callable<Integer> {

  @ParentCommand
  RevOpsCli root;

  @Override
  public Integer call() {
    return root.call();
  }
}
