import { describe, expect, it } from 'vitest';
import { inheritedFlags } from './inherited-flags.ts';

describe('inheritedFlags', () => {
  it('passes on the flags that shape a process and keeps the inspector and profilers to this one', () => {
    const flags = ['--max-old-space-size=4096', '--inspect-brk=9229', '--cpu-prof', '--cpu-prof-dir=/tmp/p', '--heap-prof', '--conditions=dev'];
    expect(inheritedFlags(flags)).toEqual(['--max-old-space-size=4096', '--conditions=dev']);
  });
});
