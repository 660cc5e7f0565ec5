// Owns describing the machine a benchmark ran on, so results from different runs can be compared honestly.
import os from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  date: string;
  // 1-minute load average at the start and end: a busy shared machine makes every timing noisier.
  loadStart: number;
  loadEnd: number;
}

export function machineInfo(chromium: string, loadStart: number): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    date: new Date().toISOString(),
    loadStart,
    loadEnd: loadAverage(),
  };
}

export const loadAverage = (): number => os.loadavg()[0] ?? 0;
