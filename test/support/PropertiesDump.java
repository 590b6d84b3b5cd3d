import java.io.*;
import java.util.*;

/** Prints each file's properties as java.util.Properties.load reads them: one line per file, sorted, escaped. */
public class PropertiesDump {
  public static void main(String[] args) throws Exception {
    for (String f : args) {
      Properties p = new Properties();
      try (InputStream in = new FileInputStream(f)) {
        p.load(in);
      } catch (IllegalArgumentException e) {
        System.out.println("ERR");
        continue;
      }
      TreeMap<String, String> t = new TreeMap<>();
      for (String k : p.stringPropertyNames()) t.put(k, p.getProperty(k));
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, String> e : t.entrySet()) sb.append('\t').append(esc(e.getKey())).append('=').append(esc(e.getValue()));
      System.out.println(sb);
    }
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c < 32 || c > 126 || c == '\\' || c == '=' || c == '\t') b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.toString();
  }
}
