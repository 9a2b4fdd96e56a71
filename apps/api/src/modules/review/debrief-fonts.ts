import { createRequire } from 'node:module';
import { join } from 'node:path';

const PACKAGE = '@expo-google-fonts/noto-sans';

/** The TrueType files the packet embeds (subset), by the face they print. */
export type DebriefFonts = { regular: string; bold: string };

let resolved: DebriefFonts | null = null;

/**
 * Noto Sans prints Latin (accents, Polish, Nordic, Vietnamese), Greek and Cyrillic names;
 * the PDF standard fonts know only Windows-1252 and print anything else as garbage.
 * Found from the running program (the API's main file, jest in tests) or the working folder.
 */
export function debriefFonts(): DebriefFonts {
  if (resolved) {
    return resolved;
  }
  const bases = [process.argv[1], join(process.cwd(), 'index.js')].filter((base): base is string => Boolean(base));
  const failures: string[] = [];
  for (const base of bases) {
    try {
      const require = createRequire(base);
      resolved = {
        regular: require.resolve(`${PACKAGE}/400Regular/NotoSans_400Regular.ttf`),
        bold: require.resolve(`${PACKAGE}/700Bold/NotoSans_700Bold.ttf`),
      };

      return resolved;
    } catch (error) {
      failures.push(`${base}: ${(error as Error).message}`);
    }
  }
  throw new Error(`The debrief packet's font (${PACKAGE}) is not installed: ${failures.join('; ')}`);
}
