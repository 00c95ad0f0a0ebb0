// Peak resident memory of a process: VmHWM in /proc/<pid>/status ("high water mark" of RSS since
// the process started), so one read after a phase gives the peak of that phase and everything before.
import fs from 'node:fs';

export function peakRssMiB(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null; // not Linux, or the process is gone
  }
}
