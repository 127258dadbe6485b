package dev.revops.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of revops-json, read from the build (the POM's version, groupId and artifactId).
 */
public final class PackageVersion implements Versioned {

  /** The version of this artifact; {@link Version#unknownVersion()} if the build did not record it. */
  public static final Version VERSION = load();

  @Override
  public Version version() {
    return VERSION;
  }

  private static Version load() {
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties p = new Properties();
      p.load(in);
      return VersionUtil.parseVersion(p.getProperty("version", ""), p.getProperty("groupId", ""),
          p.getProperty("artifactId", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
