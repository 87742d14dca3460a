/** The CLI's zip codec: Node's native zlib (src/hosts/file/node-zip-codec.ts). */
export { NODE_ZIP_CODEC as NODE_COMPRESSOR } from "../hosts/file/node-zip-codec";
