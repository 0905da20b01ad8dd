//! Just enough of the ZIP format for brat's folders: writing stored (uncompressed)
//! entries, and reading stored or deflated ones. Encrypted and ZIP64 archives are
//! refused with a reason.

use super::{ImportError, MAX_IMPORT_BYTES};
use crate::model::Said;

/// CRC-32 (IEEE), as ZIP entries carry it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// Packs `(name, content)` files into one archive, uncompressed.
pub fn write(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    // 1980-01-01 00:00, the earliest time ZIP can say: the files carry no time.
    const DOS_DATE: u16 = (1 << 5) | 1;
    const UTF8_NAMES: u16 = 1 << 11;
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, content) in files {
        let offset = out.len() as u32;
        let (crc, size, name_len) = (crc32(content), content.len() as u32, name.len() as u16);
        // Fields shared by the local header and the directory entry, from "version
        // needed" to "extra field length".
        let mut common = Vec::new();
        for field in [20u16, UTF8_NAMES, 0, 0, DOS_DATE] {
            common.extend(field.to_le_bytes());
        }
        for field in [crc, size, size] {
            common.extend(field.to_le_bytes());
        }
        common.extend(name_len.to_le_bytes());
        common.extend(0u16.to_le_bytes());

        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(&common);
        out.extend(name.as_bytes());
        out.extend(content);

        directory.extend(0x0201_4b50u32.to_le_bytes());
        directory.extend(20u16.to_le_bytes());
        directory.extend(&common);
        // Comment length, disk number, internal and external attributes.
        directory.extend([0u8; 10]);
        directory.extend(offset.to_le_bytes());
        directory.extend(name.as_bytes());
    }
    let (start, size) = (out.len() as u32, directory.len() as u32);
    out.extend(directory);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    let count = files.len() as u16;
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend(size.to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn u16_at(bytes: &[u8], at: usize) -> Result<u16, ImportError> {
    bytes.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]])).ok_or_else(truncated)
}

fn u32_at(bytes: &[u8], at: usize) -> Result<u32, ImportError> {
    bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).ok_or_else(truncated)
}

fn truncated() -> ImportError {
    ImportError(Said::new("zip-cut-short"))
}

/// Unpacks every file of an archive, folders' names included in the file names.
pub fn read(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, ImportError> {
    let end_record = (0..bytes.len().saturating_sub(21))
        .rev()
        .take(65_557)
        .find(|&at| bytes[at..].starts_with(&0x0605_4b50u32.to_le_bytes()))
        .ok_or_else(|| ImportError(Said::new("zip-not-zip")))?;
    let count = u16_at(bytes, end_record + 10)? as usize;
    let mut at = u32_at(bytes, end_record + 16)? as usize;
    if at == 0xFFFF_FFFF {
        return Err(ImportError(Said::new("zip-64")));
    }
    let mut files = Vec::with_capacity(count);
    let mut total = 0usize;
    for _ in 0..count {
        if u32_at(bytes, at)? != 0x0201_4b50 {
            return Err(truncated());
        }
        let (flags, method) = (u16_at(bytes, at + 8)?, u16_at(bytes, at + 10)?);
        let (crc, packed, size) =
            (u32_at(bytes, at + 16)?, u32_at(bytes, at + 20)? as usize, u32_at(bytes, at + 24)?);
        let name_len = u16_at(bytes, at + 28)? as usize;
        let skip = name_len + u16_at(bytes, at + 30)? as usize + u16_at(bytes, at + 32)? as usize;
        let local = u32_at(bytes, at + 42)? as usize;
        let name = bytes.get(at + 46..at + 46 + name_len).ok_or_else(truncated)?;
        let name = String::from_utf8_lossy(name).into_owned();
        at += 46 + skip;
        if flags & 1 != 0 {
            return Err(ImportError(Said::new("zip-encrypted").text("file", name)));
        }
        total += size as usize;
        if total > MAX_IMPORT_BYTES {
            return Err(ImportError(
                Said::new("zip-too-large").number("limit", MAX_IMPORT_BYTES / 1_048_576),
            ));
        }
        let data_at = local + 30 + u16_at(bytes, local + 26)? as usize + u16_at(bytes, local + 28)? as usize;
        let data = bytes.get(data_at..data_at + packed).ok_or_else(truncated)?;
        let content = match method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, size as usize)
                .map_err(|_| ImportError(Said::new("zip-damaged").text("file", name.as_str())))?,
            other => {
                return Err(ImportError(
                    Said::new("zip-method").text("file", name).number("method", other as usize),
                ))
            }
        };
        if crc32(&content) != crc {
            return Err(ImportError(Said::new("zip-checksum").text("file", name)));
        }
        if !name.ends_with('/') {
            files.push((name, content));
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn written_archives_read_back() {
        let files =
            vec![("a/one.txt".to_owned(), "Hé 👋".as_bytes().to_vec()), ("two.ann".to_owned(), Vec::new())];
        assert_eq!(read(&write(&files)).unwrap(), files);
    }

    #[test]
    fn deflated_entries_are_unpacked() {
        // A stored archive whose headers are rewritten to say its entry is deflated.
        let content = b"hello hello hello\n";
        let packed = miniz_oxide::deflate::compress_to_vec(content, 6);
        let mut archive = write(&[("hello.txt".to_owned(), packed.clone())]);
        // Mark the entry as deflated, with its real size and checksum, in both headers.
        for header in [0, 30 + 9 + packed.len()] {
            let method = header + if header == 0 { 8 } else { 10 };
            archive[method] = 8;
            let sizes = header + if header == 0 { 14 } else { 16 };
            archive[sizes..sizes + 4].copy_from_slice(&crc32(content).to_le_bytes());
            archive[sizes + 8..sizes + 12].copy_from_slice(&(content.len() as u32).to_le_bytes());
        }
        assert_eq!(read(&archive).unwrap(), vec![("hello.txt".to_owned(), content.to_vec())]);
    }

    #[test]
    fn damaged_archives_are_refused() {
        let archive = write(&[("x.txt".to_owned(), b"text".to_vec())]);
        assert!(read(&archive[..archive.len() - 30]).is_err());
        let mut flipped = archive.clone();
        flipped[30 + 5] ^= 0xFF;
        assert!(read(&flipped).unwrap_err().0.to_string().contains("checksum"));
        assert!(read(b"PK\x03\x04 not really").is_err());
    }
}
