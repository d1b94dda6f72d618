/** ZIP record signatures and sizes (PKWARE APPNOTE 6.3, sections 4.3.7, 4.3.12 and 4.3.16). */
export const ZIP = {
  localSignature: 0x04034b50,
  centralSignature: 0x02014b50,
  endSignature: 0x06054b50,
  localHeaderBytes: 30,
  centralHeaderBytes: 46,
  endRecordBytes: 22,
  /** The end record may be followed by a comment of up to 65,535 bytes. */
  maxCommentBytes: 0xffff,
  /** 2.0: the version that introduced DEFLATE; all this container needs. */
  version: 20,
  /** Bit 11: file names are UTF-8. */
  utf8Flag: 0x0800,
  stored: 0,
  deflated: 8,
  /** 1980-01-01 00:00 in DOS format: a fixed time keeps the file's bytes a function of its content. */
  dosDate: (0 << 9) | (1 << 5) | 1,
  dosTime: 0,
} as const;
