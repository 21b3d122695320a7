/** A module bundled into one classic script, as text (inline-script.ts). */
declare module '*?inline-script' {
  const code: string;
  export default code;
}
