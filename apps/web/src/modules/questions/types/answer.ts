/**
 * A model answer as the question detail query returns it. The API's
 * AnswerField is recursive; the query asks for a fixed depth (see
 * AnswerFieldFields), and these shapes accept any depth.
 */
export type AnswerFieldNode = {
  label: string;
  text?: string | null;
  items?: readonly string[] | null;
  ordered?: boolean | null;
  children?: readonly AnswerFieldNode[] | null;
};

export type AnswerPartNode = {
  title: string;
  fields: readonly AnswerFieldNode[];
};

export type ModelAnswerNode = {
  summary?: string | null;
  fields: readonly AnswerFieldNode[];
  parts: readonly AnswerPartNode[];
};
