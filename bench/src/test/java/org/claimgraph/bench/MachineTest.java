package org.claimgraph.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MachineTest {

    @Test
    void cpuModelFromCpuinfo() {
        assertThat(Machine.cpuModel(List.of("processor\t: 0", "vendor_id\t: AuthenticAMD", "model name\t: AMD EPYC 7B13",
                "cpu MHz\t\t: 2450.000"))).isEqualTo("AMD EPYC 7B13");
        assertThat(Machine.cpuModel(List.of("processor : 0"))).isEqualTo("unknown");
    }

    @Test
    void thisMachine() {
        Machine m = Machine.current();
        assertThat(m.cores()).isPositive();
        assertThat(m.java()).contains(System.getProperty("java.runtime.version"));
        assertThat(m.maxHeapMiB()).isPositive();
    }
}
