package org.compliance.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.compliance.assessment.AssessmentRequest;
import org.compliance.assessment.AssessmentRunner;
import org.compliance.assessment.PartitionResults;
import org.compliance.catalogue.Recommendation;
import org.compliance.fixtures.Fixtures;
import org.compliance.scorecard.RecommendationResult;
import org.compliance.scorecard.Scorecard;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parts written partition by partition land at their place in paragraph order whatever order the
 * partitions come in; a part written before the parts ahead of it gets its place among the findings
 * when the assessment closes.
 */
class PartsWriterTest {

  @Test
  void partsComingInAnotherOrderThanTheParagraphsGetTheirPlaceAndFirstFinding() {
    var data = Fixtures.load();
    AssessmentRequest request = new AssessmentRequest(LocalDate.of(2022, 6, 1), Set.of(), false);
    Scorecard card = new AssessmentRunner().assess(data.catalogue(), data.evidence(), request);
    List<Recommendation> inScope =
        data.catalogue().recommendations().stream()
            .filter(r -> card.documents().contains(r.document()))
            .toList();
    // Two "partitions" handed over last document first: later paragraphs come first.
    String first = card.documents().get(0);
    List<RecommendationResult> firstDocument =
        card.recommendations().stream().filter(r -> r.document().equals(first)).toList();
    List<RecommendationResult> others =
        card.recommendations().stream().filter(r -> !r.document().equals(first)).toList();
    assertThat(firstDocument).isNotEmpty();
    assertThat(others).isNotEmpty();

    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:parts-writer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    jdbc.execute(
        "CREATE TABLE assessment_part (assessment_id VARCHAR(50) NOT NULL, position INTEGER NOT"
            + " NULL, recommendation_id VARCHAR(200) NOT NULL, document_id VARCHAR(200) NOT NULL,"
            + " status VARCHAR(40) NOT NULL, score DOUBLE PRECISION, first_finding INTEGER NOT"
            + " NULL, findings INTEGER NOT NULL, result BYTEA NOT NULL)");
    ResultsCodec codec = new ResultsCodec(JsonMapper.builder().build(), Long.MAX_VALUE);
    PartsWriter writer =
        new PartsWriter(
            "as-1",
            codec,
            codec.allowance(),
            jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(ds)),
            List.of());
    writer.begin(inScope);
    writer.accept(new PartitionResults(others, card.corroboration()));
    writer.accept(new PartitionResults(firstDocument, card.corroboration()));
    List<Object[]> fixes = writer.corrections();
    assertThat(fixes).as("the parts written before the first document's").isNotEmpty();
    jdbc.batchUpdate(
        "UPDATE assessment_part SET first_finding = ? WHERE assessment_id = ? AND position = ?",
        fixes);

    List<ScorecardParts.Part> expected = ScorecardParts.parts(card);
    List<Object[]> rows =
        jdbc.query(
            "SELECT position, first_finding, findings, result FROM assessment_part ORDER BY"
                + " position",
            (rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4)});
    assertThat(rows).hasSize(expected.size());
    int before = 0;
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i)[0]).isEqualTo(i);
      assertThat(rows.get(i)[1]).as("first finding of part %d", i).isEqualTo(before);
      assertThat(codec.decode((byte[]) rows.get(i)[3], ScorecardParts.Part.class))
          .isEqualTo(expected.get(i));
      before += (int) rows.get(i)[2];
    }
    assertThat(writer.recommendations()).isEqualTo(card.recommendations().size());
  }
}
