/**
 * Requests whose params are not an object (`null`, missing, an array, a number…) never reach a feature's guard:
 * vscode-languageserver reads `params.workDoneToken` first and the request fails with an internal
 * error (-32603), or vscode-jsonrpc answers an invalid-params error. Such params become `{}` before dispatch, so the feature's guard answers its
 * empty result, as for any other malformed request. Only the editor requests (`textDocument/…`)
 * and the server's own (`grille/…`): the protocol's lifecycle requests keep their own checks.
 */
import type { ConnectionOptions, Message, RequestMessage } from 'vscode-languageserver/node';

function isRequest(message: Message): message is RequestMessage {
  const candidate = message as Partial<RequestMessage>;
  return typeof candidate.method === 'string' && candidate.id !== undefined;
}

const EDITOR_REQUEST = /^(textDocument|grille)\//;

export function withObjectParams(message: Message): Message {
  if (!isRequest(message) || !EDITOR_REQUEST.test(message.method)) return message;
  const params = message.params;
  if (params !== null && typeof params === 'object' && !Array.isArray(params)) return message;
  return { ...message, params: {} } as RequestMessage;
}

export const connectionOptions: ConnectionOptions = {
  messageStrategy: { handleMessage: (message, next) => next(withObjectParams(message)) },
};
