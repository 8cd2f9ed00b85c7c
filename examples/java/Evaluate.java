import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Calls the landuse-rules decision service from Java 17 with java.net.http and Jackson, as a
 * bureau's system would: POST /v1/evaluate per case, then branch on "worst".
 *
 * Usage: java -cp jackson-databind.jar:jackson-core.jar:jackson-annotations.jar:. Evaluate BASE_URL CASES.json AS_OF [JURISDICTION]
 * CASES.json holds one facts object or an array of them (examples/liuzhou.json). A bearer token,
 * when the service wants one, is read from the LANDUSE_TOKEN environment variable.
 *
 * Prints one JSON line per case: its index, the worst outcome, and each concerned rule's status
 * (and consequence), which is what a caller decides on; the messages are in the response too.
 */
public final class Evaluate {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Evaluate BASE_URL CASES.json AS_OF [JURISDICTION]");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    JsonNode input = json.readTree(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    JsonNode cases = input.isArray() ? input : json.createArrayNode().add(input);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String token = System.getenv("LANDUSE_TOKEN");

    for (int i = 0; i < cases.size(); i++) {
      ObjectNode body = json.createObjectNode();
      body.set("facts", cases.get(i));
      ObjectNode options = body.putObject("options");
      options.put("asOf", args[2]);
      if (args.length > 3) options.put("jurisdiction", args[3]);

      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(args[0] + "/v1/evaluate"))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
      if (token != null) request.header("Authorization", "Bearer " + token);
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

      if (response.statusCode() != 200) {
        // Errors are application/problem+json: title and detail say what was wrong, errors[] where.
        JsonNode problem = json.readTree(response.body());
        System.err.println("case " + i + ": " + response.statusCode() + " " + problem.path("title").asText() + ": " + problem.path("detail").asText());
        System.exit(1);
      }
      JsonNode report = json.readTree(response.body());
      ObjectNode line = json.createObjectNode();
      line.put("case", i);
      line.put("worst", report.path("worst").asText());
      ObjectNode statuses = line.putObject("results");
      for (JsonNode result : report.path("results")) {
        String status = result.path("status").asText();
        if (result.has("consequence")) status += ":" + result.path("consequence").asText();
        statuses.put(result.path("ruleId").asText(), status);
      }
      // "not-in-force" ranks above "pass": a lapsed document is never read as nothing to flag.
      for (JsonNode lapse : report.path("documentsNotInForce")) System.err.println(lapse.path("message").asText());
      System.out.println(json.writeValueAsString(line));
    }
  }
}
