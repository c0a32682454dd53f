package dev.awskit.s3.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.s3.transfer.internal.OptionalDependency;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/** Large files through the Transfer Manager on the SDK's pure-Java multipart client, against moto. */
@ExtendWith(MotoExtension.class)
class S3TransfersTest {
    private static final int MIB = 1024 * 1024;

    @Test
    void upload_ofA20MbFile_goesUpInPartsAndReportsProgress_thenDownloadsBack(MotoServer moto, @TempDir Path dir)
            throws IOException {
        byte[] data = new byte[20 * MIB];
        new Random(7).nextBytes(data);
        Path source = Files.write(dir.resolve("backup.dump"), data);
        FaultInjector faults = FaultInjector.create();
        List<TransferProgress> seen = new CopyOnWriteArrayList<>();
        List<TransferProgress> completed = new CopyOnWriteArrayList<>();
        TransferListener recording = new TransferListener() {
            @Override
            public void onProgress(TransferProgress progress) {
                seen.add(progress);
            }

            @Override
            public void onComplete(TransferProgress progress) {
                completed.add(progress);
            }
        };
        try (S3AsyncClient s3 = moto.settings().toBuilder().addInterceptor(faults).build().applyTo(
                        S3AsyncClient.builder().multipartEnabled(true)
                                .multipartConfiguration(m -> m.minimumPartSizeInBytes(5L * MIB).thresholdInBytes(8L * MIB)))
                .build();
                S3Transfers transfers = S3Transfers.builder(s3).listener(TransferListener.logging()).build()) {
            s3.createBucket(r -> r.bucket("backups")).join();

            TransferResult up = transfers.sync().upload("backups", "db/backup.dump", source, recording);
            TransferResult down = transfers.sync().download("backups", "db/backup.dump", dir.resolve("back.dump"));

            assertThat(up.bytes()).isEqualTo(data.length);
            assertThat(faults.calls("CreateMultipartUpload")).isEqualTo(1);
            assertThat(faults.calls("UploadPart")).isEqualTo(4);
            assertThat(seen).isNotEmpty();
            assertThat(seen).extracting(TransferProgress::transferredBytes).isSorted();
            assertThat(completed).singleElement().satisfies(p -> {
                assertThat(p.percent()).hasValue(100.0);
                assertThat(p.bytesPerSecond()).isPositive();
            });
            assertThat(Files.readAllBytes(dir.resolve("back.dump"))).isEqualTo(data);
            assertThat(down.bytes()).isEqualTo(data.length);
        }
    }

    @Test
    void upload_whenFileMissingOrNamesBlank_throwsNamingTheValue(MotoServer moto, @TempDir Path dir) {
        try (S3AsyncClient s3 = moto.client(S3AsyncClient.builder());
                S3Transfers transfers = S3Transfers.create(s3)) {
            assertThatThrownBy(() -> transfers.upload("b", "k", dir.resolve("nope.bin")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.bin");
            assertThatThrownBy(() -> transfers.upload(" ", "k", dir))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bucket");
        }
    }

    @Test
    void require_whenTheTransferManagerIsMissing_namesItsCoordinates() {
        assertThatThrownBy(() -> OptionalDependency.require("software.amazon.awssdk.transfer.s3.NotThere",
                OptionalDependency.TRANSFER_MANAGER_COORDINATES, "S3Transfers"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("software.amazon.awssdk:s3-transfer-manager")
                .hasMessageContaining("S3Transfers");
    }
}
