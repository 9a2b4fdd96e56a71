/** Reads a chosen file as UTF-8 text, in the browser. */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') {
    return file.text();
  }

  // Older engines (and jsdom) have no Blob.text(): FileReader decodes the same way.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () =>
      reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsText(file, 'utf-8');
  });
}
