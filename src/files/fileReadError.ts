/** A file the command line or the playground could not read, with a one-line message in both languages. */
export type FileReadErrorCode = 'not-found' | 'unsupported-type' | 'unreadable' | 'empty-file';

export class FileReadError extends Error {
  constructor(
    readonly code: FileReadErrorCode,
    readonly fileName: string,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'FileReadError';
  }

  static of(code: FileReadErrorCode, fileName: string): FileReadError {
    const f = `“${fileName}”`;
    switch (code) {
      case 'not-found':
        return new FileReadError(code, fileName, `Không tìm thấy tệp ${f}.`, `File ${f} not found.`);
      case 'unsupported-type':
        return /\.xls$/i.test(fileName)
          ? new FileReadError(
              code,
              fileName,
              `Tệp ${f} là định dạng Excel cũ (.xls): hãy mở bằng Excel và lưu lại thành .xlsx.`,
              `${f} is an old Excel file (.xls): open it in Excel and save it as .xlsx.`,
            )
          : new FileReadError(
              code,
              fileName,
              `Không đọc được tệp ${f}: chỉ nhận .xlsx, .csv hoặc .tsv.`,
              `Cannot read ${f}: only .xlsx, .csv and .tsv are supported.`,
            );
      case 'empty-file':
        return new FileReadError(code, fileName, `Tệp ${f} trống (0 byte).`, `${f} is empty (0 bytes).`);
      default:
        return new FileReadError(
          code,
          fileName,
          `Không đọc được tệp ${f}: tệp không phải là bảng tính Excel hợp lệ (.xlsx).`,
          `Cannot read ${f}: it is not a valid Excel workbook (.xlsx).`,
        );
    }
  }
}
