<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ulang&amp;i</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ulang&amp;i</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;alamat tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>Sepakat</name>
    <message>
        <source>%1 already exists; the demo writes only new files.</source>
        <translation>%1 sudah ada; demo hanya menulis berkas baru.</translation>
    </message>
    <message>
        <source>The number of demo deals cannot be negative.</source>
        <translation>Jumlah transaksi demo tidak boleh negatif.</translation>
    </message>
</context>
<context>
    <name>Sepakat::ApprovalFlow</name>
    <message>
        <source>submitted for approval</source>
        <translation>diajukan untuk persetujuan</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>sent to the customer</source>
        <translation>dikirim ke pelanggan</translation>
    </message>
    <message>
        <source>marked accepted</source>
        <translation>ditandai diterima</translation>
    </message>
    <message>
        <source>marked declined</source>
        <translation>ditandai ditolak pelanggan</translation>
    </message>
    <message>
        <source>round %1 of “%2” (%3)</source>
        <translation>putaran %1 dari “%2” (%3)</translation>
    </message>
    <message>
        <source>Correct the offer on the Offer page.</source>
        <translation>Perbaiki penawaran di halaman Penawaran.</translation>
    </message>
    <message>
        <source>Round %1 breaks no rule of the approval policy, so it needs no approval.</source>
        <translation>Putaran %1 tidak melanggar aturan persetujuan mana pun, jadi tidak perlu persetujuan.</translation>
    </message>
    <message>
        <source>Round %1 cannot be submitted for approval while it is %2.</source>
        <translation>Putaran %1 tidak dapat diajukan untuk persetujuan selama berstatus %2.</translation>
    </message>
    <message>
        <source>This decision is for %1, which is not in this deal book. Nothing was changed; import it into the deal book the offer was sent for review from.</source>
        <translation>Keputusan ini untuk %1, yang tidak ada di buku transaksi ini. Tidak ada yang diubah; impor keputusan ini ke buku transaksi tempat penawaran dikirim untuk ditinjau.</translation>
    </message>
    <message>
        <source>This decision is for another deal (%1) than the offer it names in this deal book. Nothing was changed.</source>
        <translation>Keputusan ini untuk transaksi lain (%1), bukan untuk penawaran dengan kode yang sama di buku transaksi ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Round %1 has changed since it was sent for review, so this decision is about content that no longer exists. Nothing was changed; send the offer for review again.</source>
        <translation>Putaran %1 sudah berubah sejak dikirim untuk ditinjau, jadi keputusan ini menyangkut isi yang sudah tidak ada. Tidak ada yang diubah; kirim penawaran untuk ditinjau lagi.</translation>
    </message>
    <message>
        <source>Round %1 has no review request that this decision answers. Nothing was changed.</source>
        <translation>Putaran %1 tidak punya permintaan tinjauan yang dijawab oleh keputusan ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The review request this decision answers was voided by a change to round %1. Nothing was changed; send the offer for review again.</source>
        <translation>Permintaan tinjauan yang dijawab keputusan ini sudah batal karena putaran %1 diubah. Tidak ada yang diubah; kirim penawaran untuk ditinjau lagi.</translation>
    </message>
    <message>
        <source>This review request was already decided: round %1 is %2 by %3. Nothing was changed.</source>
        <translation>Permintaan tinjauan ini sudah diputuskan: putaran %1 %2 oleh %3. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Round %1 is %2, so it cannot be %3.</source>
        <translation>Putaran %1 berstatus %2, jadi tidak dapat %3.</translation>
    </message>
    <message>
        <source>Round %1: %2 → %3</source>
        <translation>Putaran %1: %2 → %3</translation>
    </message>
    <message>
        <source>Changing the offer&apos;s status</source>
        <translation>Mengubah status penawaran</translation>
    </message>
    <message>
        <source>Round %1 of “%2” is not waiting for a decision: submit it for approval first.</source>
        <translation>Putaran %1 dari “%2” tidak sedang menunggu keputusan: ajukan dulu untuk persetujuan.</translation>
    </message>
    <message>
        <source>This offer round no longer exists in the deal book.</source>
        <translation>Putaran penawaran ini sudah tidak ada di buku transaksi.</translation>
    </message>
</context>
<context>
    <name>Sepakat::ApprovalStatus</name>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>Sepakat::BackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. The deal book goes back to how it was then; its current state is kept as a backup first, so nothing is lost.</source>
        <translation>Pilih cadangan yang ingin dikembalikan. Buku transaksi akan kembali seperti saat itu; keadaannya sekarang disimpan dulu sebagai cadangan, jadi tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>Backups are kept in %1: one a day, made when the book is opened for writing.</source>
        <translation>Cadangan disimpan di %1: satu per hari, dibuat saat buku dibuka untuk diubah.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Sepakat::BookBackups</name>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 tidak dapat ditulis</translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation>Cadangan tidak dibuat: %1</translation>
    </message>
    <message>
        <source>No backup was made: the folder %1 cannot be created.</source>
        <translation>Cadangan tidak dibuat: folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The backup %1 was not restored: %2</source>
        <translation>Cadangan %1 tidak dipulihkan: %2</translation>
    </message>
    <message>
        <source>the deal book is open read-only.</source>
        <translation>buku transaksi dibuka hanya-baca.</translation>
    </message>
    <message>
        <source>it is damaged (%1).</source>
        <translation>cadangan itu rusak (%1).</translation>
    </message>
    <message>
        <source>it cannot be copied beside the book.</source>
        <translation>cadangan itu tidak dapat disalin ke folder buku transaksi.</translation>
    </message>
</context>
<context>
    <name>Sepakat::BookCommand</name>
    <message>
        <source>Edit customer “%1”</source>
        <translation>Ubah pelanggan “%1”</translation>
    </message>
    <message>
        <source>Add customer “%1”</source>
        <translation>Tambah pelanggan “%1”</translation>
    </message>
    <message>
        <source>Delete customer “%1”</source>
        <translation>Hapus pelanggan “%1”</translation>
    </message>
    <message>
        <source>Add product “%1”</source>
        <translation>Tambah produk “%1”</translation>
    </message>
    <message>
        <source>Deactivate product “%1”</source>
        <translation>Nonaktifkan produk “%1”</translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation>Ubah produk “%1”</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>Ubah transaksi “%1”</translation>
    </message>
    <message>
        <source>Add deal “%1”</source>
        <translation>Tambah transaksi “%1”</translation>
    </message>
</context>
<context>
    <name>Sepakat::BookSettings</name>
    <message>
        <source>The book currency %1 is not a known currency code.</source>
        <translation>Mata uang buku %1 bukan kode mata uang yang dikenal.</translation>
    </message>
    <message>
        <source>The default tax rate must be between 0 and 100 %.</source>
        <translation>Tarif pajak bawaan harus antara 0 dan 100 %.</translation>
    </message>
    <message>
        <source>%1 is not a known currency code.</source>
        <translation>%1 bukan kode mata uang yang dikenal.</translation>
    </message>
    <message>
        <source>The exchange rate for %1 must be more than zero.</source>
        <translation>Kurs untuk %1 harus lebih dari nol.</translation>
    </message>
    <message>
        <source>The largest discount without approval must be between 0 and 100 %.</source>
        <translation>Diskon terbesar tanpa persetujuan harus antara 0 dan 100 %.</translation>
    </message>
    <message>
        <source>The smallest margin without approval must be between 0 and 100 %.</source>
        <translation>Margin terkecil tanpa persetujuan harus antara 0 dan 100 %.</translation>
    </message>
    <message>
        <source>The longest payment term without approval must be between 0 and %1 days.</source>
        <translation>Jangka pembayaran terlama tanpa persetujuan harus antara 0 dan %1 hari.</translation>
    </message>
</context>
<context>
    <name>Sepakat::CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search SKU, name, unit or benefit</source>
        <translation>Cari SKU, nama, satuan, atau manfaat</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Tampilkan yang &amp;nonaktif</translation>
    </message>
    <message>
        <source>&amp;Add product…</source>
        <translation>&amp;Tambah produk…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
    <message>
        <source>Add a product to the catalog (Insert)</source>
        <translation>Tambahkan produk ke katalog (Insert)</translation>
    </message>
    <message>
        <source>Inactive products stay on existing offers but are not offered any more (Delete)</source>
        <translation>Produk nonaktif tetap ada di penawaran yang sudah dibuat, tetapi tidak ditawarkan lagi (Delete)</translation>
    </message>
    <message>
        <source>No deal book is open.</source>
        <translation>Tidak ada buku transaksi yang terbuka.</translation>
    </message>
    <message>
        <source>The catalog is empty. Add the products you sell.</source>
        <translation>Katalog masih kosong. Tambahkan produk yang Anda jual.</translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation>Katalog masih kosong.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n product(s) shown</source>
        <translation>
            <numerusform>%1 dari %n produk ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Product not deactivated</source>
        <translation>Produk tidak dinonaktifkan</translation>
    </message>
</context>
<context>
    <name>Sepakat::Cli</name>
    <message>
        <source>usage: sepakat %1</source>
        <translation>penggunaan: sepakat %1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 menerima bilangan bulat dari 1 sampai %2, bukan &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The deal book to write.</source>
        <translation>Buku transaksi yang akan ditulis.</translation>
    </message>
    <message>
        <source>How many deals (default 60).</source>
        <translation>Berapa banyak transaksi (bawaan 60).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Benih acak (bawaan 1).</translation>
    </message>
    <message>
        <source>Wrote a demo deal book with %1 deals to %2</source>
        <translation>Buku transaksi demo dengan %1 transaksi ditulis ke %2</translation>
    </message>
    <message>
        <source>The deal book to check.</source>
        <translation>Buku transaksi yang akan diperiksa.</translation>
    </message>
    <message>
        <source>Deal book: %1</source>
        <translation>Buku transaksi: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Sepakat knows %2)</source>
        <translation>Versi skema: %1 (Sepakat ini mengenal %2)</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>Pemeriksaan integritas: %1</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check failed.</source>
        <translation>%1 rusak: pemeriksaan integritas SQLite gagal.</translation>
    </message>
    <message>
        <source>The deal book.</source>
        <translation>Buku transaksi.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Cetak JSON, bukan tabel.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n transaksi</numerusform>
        </translation>
    </message>
    <message>
        <source>The value case, as JSON.</source>
        <translation>Analisis nilai, dalam bentuk JSON.</translation>
    </message>
    <message>
        <source>conservative, expected (the default) or optimistic.</source>
        <translation>conservative, expected (bawaan), atau optimistic.</translation>
    </message>
    <message>
        <source>--scenario takes conservative, expected or optimistic, not &quot;%1&quot;.</source>
        <translation>--scenario menerima conservative, expected, atau optimistic, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid value case:
%2</source>
        <translation>%1 bukan analisis nilai yang sah:
%2</translation>
    </message>
    <message>
        <source>Write a deterministic, realistic demo deal book.</source>
        <translation>Tulis buku transaksi demo yang realistis dan selalu sama.</translation>
    </message>
    <message>
        <source>Check a deal book without writing to it: schema, counts, integrity.</source>
        <translation>Periksa buku transaksi tanpa menulis ke dalamnya: skema, jumlah, integritas.</translation>
    </message>
    <message>
        <source>List the deals: id, stage, value, currency, customer, title.</source>
        <translation>Daftar transaksi: id, tahap, nilai, mata uang, pelanggan, judul.</translation>
    </message>
    <message>
        <source>Compute a value case (savings, payback, ROI, NPV) and print it as JSON.</source>
        <translation>Hitung analisis nilai (penghematan, masa balik modal, ROI, NPV) dan cetak sebagai JSON.</translation>
    </message>
    <message>
        <source>Sepakat %1: a deal desk for sales negotiations.

usage: sepakat [BOOK.sepakat]          open the desktop app
       sepakat COMMAND [OPTIONS...]    run a command without a window

Commands:
</source>
        <translation>Sepakat %1: meja transaksi untuk negosiasi penjualan.

penggunaan: sepakat [BUKU.sepakat]          buka aplikasi desktop
            sepakat PERINTAH [OPSI...]      jalankan perintah tanpa jendela

Perintah:
</translation>
    </message>
    <message>
        <source>
&apos;sepakat COMMAND --help&apos; describes one command. Exit codes: 0 done, 1 failed (the reason on stderr), 2 bad command line.
</source>
        <translation>
&apos;sepakat PERINTAH --help&apos; menjelaskan satu perintah. Kode keluar: 0 selesai, 1 gagal (alasannya di stderr), 2 baris perintah salah.
</translation>
    </message>
    <message>
        <source>unknown command or option &quot;%1&quot;; see &apos;sepakat --help&apos;.</source>
        <translation>perintah atau opsi &quot;%1&quot; tidak dikenal; lihat &apos;sepakat --help&apos;.</translation>
    </message>
    <message>
        <source>The deal book (only read).</source>
        <translation>Buku transaksi (hanya dibaca).</translation>
    </message>
    <message>
        <source>What to show: %1.</source>
        <translation>Yang ditampilkan: %1.</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>Berkas PNG yang akan ditulis.</translation>
    </message>
    <message>
        <source>Window size in pixels (default 1366x768).</source>
        <translation>Ukuran jendela dalam piksel (bawaan 1366x768).</translation>
    </message>
    <message>
        <source>en or id (default: the terminal&apos;s language).</source>
        <translation>en atau id (bawaan: bahasa terminal).</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, such as 1366x768, not &quot;%1&quot;.</source>
        <translation>--size memerlukan LEBARxTINGGI dalam piksel, misalnya 1366x768, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 ditulis</translation>
    </message>
    <message>
        <source>Render a view of a deal book to a PNG, without a window on screen.</source>
        <translation>Gambar satu tampilan buku transaksi ke berkas PNG, tanpa jendela di layar.</translation>
    </message>
    <message>
        <source>Submit a deal&apos;s latest offer round for approval (when it needs it) and write its review package for a manager.</source>
        <translation>Ajukan putaran penawaran terakhir sebuah transaksi untuk persetujuan (bila perlu) dan tulis paket tinjauannya untuk manajer.</translation>
    </message>
    <message>
        <source>Decide on a review package and write the decision file.</source>
        <translation>Putuskan paket tinjauan dan tulis berkas keputusannya.</translation>
    </message>
    <message>
        <source>Apply a decision file to the deal book, only if it is for the offer&apos;s current content.</source>
        <translation>Terapkan berkas keputusan ke buku transaksi, hanya bila keputusan itu untuk isi penawaran saat ini.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 hanya-baca: %2</translation>
    </message>
    <message>
        <source>The deal&apos;s id (see deals).</source>
        <translation>Id transaksi (lihat deals).</translation>
    </message>
    <message>
        <source>The review package to write.</source>
        <translation>Paket tinjauan yang akan ditulis.</translation>
    </message>
    <message>
        <source>A short note for the manager, when the round is submitted now.</source>
        <translation>Catatan singkat untuk manajer, bila putaran diajukan sekarang.</translation>
    </message>
    <message>
        <source>The deal book has no deal with the id %1.</source>
        <translation>Buku transaksi tidak punya transaksi dengan id %1.</translation>
    </message>
    <message>
        <source>“%1” has no offer yet.</source>
        <translation>“%1” belum punya penawaran.</translation>
    </message>
    <message>
        <source>Wrote %1: round %2 of “%3”, waiting for a decision.</source>
        <translation>%1 ditulis: putaran %2 dari “%3”, menunggu keputusan.</translation>
    </message>
    <message>
        <source>The review package (only read).</source>
        <translation>Paket tinjauan (hanya dibaca).</translation>
    </message>
    <message>
        <source>Approve the offer round.</source>
        <translation>Setujui putaran penawaran.</translation>
    </message>
    <message>
        <source>Reject it (a comment is required).</source>
        <translation>Tolak (komentar wajib diisi).</translation>
    </message>
    <message>
        <source>The decision&apos;s comment.</source>
        <translation>Komentar keputusan.</translation>
    </message>
    <message>
        <source>Who decides.</source>
        <translation>Siapa yang memutuskan.</translation>
    </message>
    <message>
        <source>The decision file to write.</source>
        <translation>Berkas keputusan yang akan ditulis.</translation>
    </message>
    <message>
        <source>Wrote %1: round %2 of “%3” %4 by %5.</source>
        <translation>%1 ditulis: putaran %2 dari “%3” %4 oleh %5.</translation>
    </message>
    <message>
        <source>The decision file.</source>
        <translation>Berkas keputusan.</translation>
    </message>
    <message>
        <source>Applied: round %1 of “%2” %3 by %4.</source>
        <translation>Diterapkan: putaran %1 dari “%2” %3 oleh %4.</translation>
    </message>
    <message>
        <source>Export a deal&apos;s proposal (for the customer) or internal worksheet as PDF.</source>
        <translation>Ekspor proposal deal (untuk pelanggan) atau lembar kerja internal sebagai PDF.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Berkas PDF yang ditulis.</translation>
    </message>
    <message>
        <source>proposal (for the customer, the default) or worksheet (internal).</source>
        <translation>proposal (untuk pelanggan, bawaan) atau worksheet (internal).</translation>
    </message>
    <message>
        <source>en or id. Proposal: default the deal&apos;s proposal language; worksheet: default the terminal&apos;s language.</source>
        <translation>en atau id. Proposal: bawaannya bahasa proposal deal; worksheet: bawaannya bahasa terminal.</translation>
    </message>
    <message>
        <source>The offer round (default the latest).</source>
        <translation>Putaran penawaran (bawaan: yang terbaru).</translation>
    </message>
    <message>
        <source>A4 (the default) or Letter.</source>
        <translation>A4 (bawaan) atau Letter.</translation>
    </message>
    <message>
        <source>--kind takes proposal or worksheet, not &quot;%1&quot;.</source>
        <translation>--kind menerima proposal atau worksheet, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--language takes en or id, not &quot;%1&quot;.</source>
        <translation>--language menerima en atau id, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter, not &quot;%1&quot;.</source>
        <translation>--page-size menerima A4 atau Letter, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Views worksheet, presentation and review-sheet: the deal&apos;s id (see deals).</source>
        <translation>Tampilan worksheet, presentation dan review-sheet: id transaksi (lihat deals).</translation>
    </message>
    <message>
        <source>View worksheet: qualification, needs, value, offer, plan, concessions, history or quick. View presentation: needs, benefits, savings or offer.</source>
        <translation>Tampilan worksheet: qualification, needs, value, offer, plan, concessions, history atau quick. Tampilan presentation: needs, benefits, savings atau offer.</translation>
    </message>
    <message>
        <source>Import customers, products and deals from CSV files, all or nothing, with a row-numbered report; makes the book when missing.</source>
        <translation>Impor pelanggan, produk, dan deal dari file CSV, semua atau tidak sama sekali, dengan laporan per baris; membuat buku bila belum ada.</translation>
    </message>
    <message>
        <source>Export customers, products or deals as CSV files for spreadsheets.</source>
        <translation>Ekspor pelanggan, produk, atau deal sebagai file CSV untuk spreadsheet.</translation>
    </message>
    <message>
        <source>Export one deal with its whole worksheet as JSON.</source>
        <translation>Ekspor satu deal beserta seluruh lembar kerjanya sebagai JSON.</translation>
    </message>
    <message>
        <source>Import a deal exported as JSON, all or nothing; makes the book when missing.</source>
        <translation>Impor deal yang diekspor sebagai JSON, semua atau tidak sama sekali; membuat buku bila belum ada.</translation>
    </message>
    <message>
        <source>%1 can only be read: %2</source>
        <translation>%1 hanya dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The deal book to import into (made when missing).</source>
        <translation>Buku deal tujuan impor (dibuat bila belum ada).</translation>
    </message>
    <message>
        <source>A CSV file of %1.</source>
        <translation>File CSV berisi %1.</translation>
    </message>
    <message>
        <source>Import the valid rows and report the rest, instead of nothing.</source>
        <translation>Impor baris yang valid dan laporkan sisanya, alih-alih tidak mengimpor apa pun.</translation>
    </message>
    <message>
        <source>How numbers are written: auto (by the separator, default), dot (1,250,000.50) or comma (1.250.000,50).</source>
        <translation>Cara penulisan angka: auto (menurut pemisah, bawaan), dot (1,250,000.50) atau comma (1.250.000,50).</translation>
    </message>
    <message>
        <source>--numbers must be auto, dot or comma.</source>
        <translation>--numbers harus auto, dot, atau comma.</translation>
    </message>
    <message>
        <source>Name at least one file: --customers, --products or --deals.</source>
        <translation>Sebutkan setidaknya satu file: --customers, --products, atau --deals.</translation>
    </message>
    <message>
        <source>Imported %1 customers, %2 products and %3 deals from %4 rows.</source>
        <translation>Diimpor %1 pelanggan, %2 produk, dan %3 deal dari %4 baris.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Write the %1 to this CSV file.</source>
        <translation>Tulis %1 ke file CSV ini.</translation>
    </message>
    <message>
        <source>Indonesian headers, &apos;;&apos; between cells and a decimal comma, as Excel in Indonesian expects.</source>
        <translation>Judul kolom bahasa Indonesia, &apos;;&apos; antarsel, dan koma desimal, seperti yang diharapkan Excel berbahasa Indonesia.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>File JSON yang ditulis.</translation>
    </message>
    <message>
        <source>--deal and --output are required.</source>
        <translation>--deal dan --output wajib diisi.</translation>
    </message>
    <message>
        <source>The deal&apos;s JSON file.</source>
        <translation>File JSON deal.</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 tidak diimpor:
%2</translation>
    </message>
    <message>
        <source>Imported the deal &quot;%1&quot; (id %2).</source>
        <translation>Deal &quot;%1&quot; (id %2) telah diimpor.</translation>
    </message>
    <message>
        <source>Backups: none in %1 (one is made a day when the book is opened for writing)</source>
        <translation>Cadangan: belum ada di %1 (satu dibuat per hari saat buku dibuka untuk diubah)</translation>
    </message>
    <message>
        <source>Backups in %1 (newest first):</source>
        <translation>Cadangan di %1 (terbaru lebih dulu):</translation>
    </message>
</context>
<context>
    <name>Sepakat::CompanySize</name>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Kecil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Besar</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Korporasi</translation>
    </message>
</context>
<context>
    <name>Sepakat::ConcessionChecks</name>
    <message>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Pacing of our price concessions</source>
        <translation>Laju konsesi harga kami</translation>
    </message>
    <message>
        <source>Conceded against the room</source>
        <translation>Konsesi dibanding ruang tawar</translation>
    </message>
    <message>
        <source>Something in return</source>
        <translation>Ada imbalannya</translation>
    </message>
    <message>
        <source>Round %1 concedes %2, as much or more than round %3 (%4).</source>
        <translation>Putaran %1 memberi konsesi %2, sama dengan atau lebih besar dari putaran %3 (%4).</translation>
    </message>
    <message>
        <source>Each price concession should be smaller than the one before.</source>
        <translation>Setiap konsesi harga sebaiknya lebih kecil dari yang sebelumnya.</translation>
    </message>
    <message>
        <source>No price concession of ours is logged yet.</source>
        <translation>Belum ada konsesi harga dari kami yang dicatat.</translation>
    </message>
    <message>
        <source>Our price concessions shrink round by round.</source>
        <translation>Konsesi harga kami mengecil dari putaran ke putaran.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Conceded %1 so far. Set the opening and walk-away prices on the Plan page to compare it with the room.</source>
        <translation>Sejauh ini konsesi %1. Isi harga pembuka dan harga batas bawah di halaman Rencana untuk membandingkannya dengan ruang tawar.</translation>
    </message>
    <message>
        <source>Conceded %1. The opening (%2) leaves no room above the walk-away (%3).</source>
        <translation>Konsesi %1. Harga pembuka (%2) tidak menyisakan ruang di atas harga batas bawah (%3).</translation>
    </message>
    <message>
        <source>Conceded %1 of the %2 room between opening (%3) and walk-away (%4).</source>
        <translation>Konsesi %1 dari ruang tawar %2 antara harga pembuka (%3) dan harga batas bawah (%4).</translation>
    </message>
    <message>
        <source>More than the whole room: the price is now below the walk-away.</source>
        <translation>Melebihi seluruh ruang tawar: harga kini di bawah harga batas bawah.</translation>
    </message>
    <message>
        <source>Everything given so far has something asked or given back.</source>
        <translation>Semua yang sudah diberikan ada imbalan yang diminta atau diterima.</translation>
    </message>
</context>
<context>
    <name>Sepakat::ConcessionCommands</name>
    <message>
        <source>Add tradeable “%1”</source>
        <translation>Tambah bahan tukar “%1”</translation>
    </message>
    <message>
        <source>Remove tradeable “%1”</source>
        <translation>Hapus bahan tukar “%1”</translation>
    </message>
    <message>
        <source>Log concession “%1”</source>
        <translation>Catat konsesi “%1”</translation>
    </message>
</context>
<context>
    <name>Sepakat::ConcessionForm</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Price change: %1</source>
        <translation>Perubahan harga: %1</translation>
    </message>
    <message>
        <source>&amp;Round and party:</source>
        <translation>&amp;Putaran dan pihak:</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>Pe&amp;rubahan:</translation>
    </message>
    <message>
        <source>&amp;Price change:</source>
        <translation>Perubahan &amp;harga:</translation>
    </message>
    <message>
        <source>Trade&amp;able:</source>
        <translation>&amp;Bahan tukar:</translation>
    </message>
    <message>
        <source>What was conceded, e.g. 5 % off the licences</source>
        <translation>Apa yang diberikan, mis. potongan 5 % untuk lisensi</translation>
    </message>
    <message>
        <source>Negative when the price went down; empty when not about price.</source>
        <translation>Negatif bila harga turun; kosong bila bukan soal harga.</translation>
    </message>
    <message>
        <source>&amp;Log concession</source>
        <translation>&amp;Catat konsesi</translation>
    </message>
    <message>
        <source>Log concession (Ctrl+Shift+K)</source>
        <translation>Catat konsesi (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>Sepakat::ConcessionLogModel</name>
    <message>
        <source>The customer gave nothing in this round.</source>
        <translation>Pelanggan tidak memberi apa pun di putaran ini.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Perubahan harga</translation>
    </message>
    <message>
        <source>Tradeable</source>
        <translation>Bahan tukar</translation>
    </message>
</context>
<context>
    <name>Sepakat::ConcessionsPage</name>
    <message>
        <source>This deal book is open read-only: the concessions can be read, not changed.</source>
        <translation>Buku transaksi ini dibuka hanya-baca: konsesi dapat dibaca, tidak dapat diubah.</translation>
    </message>
    <message>
        <source>What we could give and what we ask back, and each move logged by round. Each change is saved at once; Ctrl+Z undoes it.</source>
        <translation>Apa yang dapat kami berikan dan apa yang kami minta sebagai gantinya, serta setiap langkah yang dicatat per putaran. Setiap perubahan langsung disimpan; Ctrl+Z membatalkannya.</translation>
    </message>
    <message>
        <source>New tradeable</source>
        <translation>Bahan tukar baru</translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation>Konsesi</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Internal: costs, room and walk-away are never shown to the customer.</source>
        <translation>Internal: biaya, ruang tawar, dan harga batas bawah tidak pernah ditampilkan kepada pelanggan.</translation>
    </message>
    <message>
        <source>Give and get</source>
        <translation>Beri dan terima</translation>
    </message>
    <message>
        <source>&amp;Add tradeable</source>
        <translation>&amp;Tambah bahan tukar</translation>
    </message>
    <message>
        <source>Add tradeable (Insert, Ctrl+Shift+T)</source>
        <translation>Tambah bahan tukar (Insert, Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Concession log</source>
        <translation>Catatan konsesi</translation>
    </message>
    <message>
        <source>Log a concession (Ctrl+Shift+K)</source>
        <translation>Catat konsesi (Ctrl+Shift+K)</translation>
    </message>
</context>
<context>
    <name>Sepakat::ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>Peran dalam keputusan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>Sepakat::CustomerDialog</name>
    <message>
        <source>Add &amp;contact</source>
        <translation>Tambah &amp;kontak</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>Hapus k&amp;ontak</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Tambah pelanggan</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Ubah pelanggan</translation>
    </message>
    <message>
        <source>e.g. ID, SG</source>
        <translation>mis. ID, SG</translation>
    </message>
    <message>
        <source>Internal: never shown to the customer</source>
        <translation>Internal: tidak pernah ditampilkan kepada pelanggan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industri:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Ukuran:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>Ko&amp;ta:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Sepakat::CustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
</context>
<context>
    <name>Sepakat::CustomerPicker</name>
    <message>
        <source>New customer…</source>
        <translation>Pelanggan baru…</translation>
    </message>
    <message>
        <source>Type to find a customer</source>
        <translation>Ketik untuk mencari pelanggan</translation>
    </message>
</context>
<context>
    <name>Sepakat::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Search name, city, industry or contact</source>
        <translation>Cari nama, kota, industri, atau kontak</translation>
    </message>
    <message>
        <source>&amp;Add customer…</source>
        <translation>&amp;Tambah pelanggan…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Add a customer (Insert)</source>
        <translation>Tambah pelanggan (Insert)</translation>
    </message>
    <message>
        <source>Delete the selected customer (Delete)</source>
        <translation>Hapus pelanggan yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>No deal book is open.</source>
        <translation>Tidak ada buku transaksi yang terbuka.</translation>
    </message>
    <message>
        <source>No customers yet. Add the first one.</source>
        <translation>Belum ada pelanggan. Tambahkan yang pertama.</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Belum ada pelanggan.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>%1 dari %n pelanggan ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Hapus pelanggan</translation>
    </message>
    <message>
        <source>Delete “%1” and their contacts? You can undo this with Ctrl+Z.</source>
        <translation>Hapus “%1” beserta kontaknya? Anda dapat membatalkannya dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>Customer not deleted</source>
        <translation>Pelanggan tidak dihapus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>Sepakat::DealBook</name>
    <message>
        <source>%1 was made by a newer Sepakat (schema %2, this version knows %3)</source>
        <translation>%1 dibuat oleh Sepakat yang lebih baru (skema %2, versi ini mengenal %3)</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). The file was left as it is.</source>
        <translation>%1 rusak dan tidak dapat dibuka (%2). Berkas dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a deal book.</source>
        <translation>%1 adalah folder, bukan buku transaksi.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Sepakat deal book.</source>
        <translation>%1 kosong: bukan buku transaksi Sepakat.</translation>
    </message>
    <message>
        <source>%1 is not a Sepakat deal book (it is not an SQLite database).</source>
        <translation>%1 bukan buku transaksi Sepakat (bukan basis data SQLite).</translation>
    </message>
    <message>
        <source>the file ends inside its header</source>
        <translation>berkas berakhir di tengah kepalanya</translation>
    </message>
    <message>
        <source>its SQLite header is not valid</source>
        <translation>kepala SQLite-nya tidak sah</translation>
    </message>
    <message>
        <source>it is shorter than its header says: %L1 of %L2 bytes; it was probably cut off</source>
        <translation>ukurannya lebih pendek dari yang tertulis di kepalanya: %L1 dari %L2 bita; kemungkinan terpotong</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Sepakat deal book.</source>
        <translation>%1 adalah basis data SQLite, tetapi bukan buku transaksi Sepakat.</translation>
    </message>
    <message>
        <source>the file system does not support SQLite&apos;s write-ahead log (journal mode stays %1)</source>
        <translation>sistem berkas tidak mendukung write-ahead log SQLite (mode jurnal tetap %1)</translation>
    </message>
    <message>
        <source>step to schema %1: %2</source>
        <translation>langkah ke skema %1: %2</translation>
    </message>
    <message>
        <source>%1 is open for writing in another Sepakat (process %2 on %3). You can open it read-only.</source>
        <translation>%1 sedang dibuka untuk ditulis di Sepakat lain (proses %2 di %3). Anda dapat membukanya hanya-baca.</translation>
    </message>
    <message>
        <source>%1 cannot be locked for writing: the lock file %2 cannot be created.</source>
        <translation>%1 tidak dapat dikunci untuk ditulis: berkas kunci %2 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>%1 tidak dapat dibuka untuk ditulis: %2</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Berkas ini hanya-baca.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>Folder %1 tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>%1 already exists: a new deal book needs a new file.</source>
        <translation>%1 sudah ada: buku transaksi baru memerlukan berkas baru.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <source>%1 is open read-only, so nothing can be saved.</source>
        <translation>%1 dibuka hanya-baca, jadi tidak ada yang dapat disimpan.</translation>
    </message>
    <message>
        <source>Starting to save</source>
        <translation>Mulai menyimpan</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the book itself.</source>
        <translation>Salinan tidak dapat disimpan menimpa buku itu sendiri.</translation>
    </message>
    <message>
        <source>A copy cannot be saved in the middle of a change.</source>
        <translation>Salinan tidak dapat disimpan di tengah perubahan.</translation>
    </message>
    <message>
        <source>Saving a copy as %1</source>
        <translation>Menyimpan salinan sebagai %1</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1: %2</source>
        <translation>Salinan tidak dapat disimpan sebagai %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced now: it is read-only or in the middle of a change.</source>
        <translation>%1 tidak dapat diganti sekarang: buku ini hanya-baca atau sedang di tengah perubahan.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 tidak dapat diganti: %2</translation>
    </message>
</context>
<context>
    <name>Sepakat::DealCardDelegate</name>
    <message>
        <source>no close date</source>
        <translation>tanpa tanggal penutupan</translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>%n hr di tahap ini</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Mandek</translation>
    </message>
    <message>
        <source>No move for longer than the stage allows</source>
        <translation>Tidak bergerak lebih lama dari batas tahap ini</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Approval of the latest offer pending</source>
        <translation>Persetujuan penawaran terakhir masih menunggu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Latest offer approved</source>
        <translation>Penawaran terakhir disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Latest offer rejected</source>
        <translation>Penawaran terakhir ditolak</translation>
    </message>
    <message>
        <source>&lt; walk-away</source>
        <translation>&lt; batas bawah</translation>
    </message>
    <message>
        <source>Latest offer is below the walk-away price</source>
        <translation>Penawaran terakhir di bawah harga batas bawah</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Nilai: %1</translation>
    </message>
    <message>
        <source>Probability: %1</source>
        <translation>Probabilitas: %1</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>Perkiraan penutupan: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Pemilik: %1</translation>
    </message>
    <message>
        <source>Lost reason: %1</source>
        <translation>Alasan kalah: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%n hr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::DealFields</name>
    <message>
        <source>Enter the deal&apos;s expected value.</source>
        <translation>Masukkan perkiraan nilai transaksi.</translation>
    </message>
    <message>
        <source>Enter who owns this deal.</source>
        <translation>Masukkan pemilik transaksi ini.</translation>
    </message>
</context>
<context>
    <name>Sepakat::DealFiles</name>
    <message>
        <source>Deal files (*.json);;All files (*)</source>
        <translation>Berkas transaksi (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Export deal file</source>
        <translation>Ekspor berkas transaksi</translation>
    </message>
    <message>
        <source>Import deal file</source>
        <translation>Impor berkas transaksi</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported; the deal book is unchanged.

%2</source>
        <translation>%1 tidak diimpor; buku transaksi tidak berubah.

%2</translation>
    </message>
</context>
<context>
    <name>Sepakat::DealForm</name>
    <message>
        <source>Follow the stage&apos;s default (%1)</source>
        <translation>Ikuti bawaan tahap (%1)</translation>
    </message>
    <message>
        <source>This deal book is open read-only: the deal can be read, not changed.</source>
        <translation>Buku transaksi ini dibuka hanya-baca: transaksi dapat dibaca, tetapi tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Each change is saved as soon as you leave the field; Ctrl+Z undoes it.</source>
        <translation>Setiap perubahan langsung disimpan begitu Anda meninggalkan kolom; Ctrl+Z membatalkannya.</translation>
    </message>
    <message>
        <source>Reopen deal</source>
        <translation>Buka kembali transaksi</translation>
    </message>
    <message>
        <source>“%1” is %2. Reopen it as %3?</source>
        <translation>“%1” berstatus %2. Buka kembali sebagai %3?</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Transaksi kalah</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Mengapa “%1” kalah?</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Pelanggan:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>Pro&amp;babilitas:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>Perkiraan pen&amp;utupan:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Pe&amp;milik:</translation>
    </message>
    <message>
        <source>&amp;Lost reason:</source>
        <translation>&amp;Alasan kalah:</translation>
    </message>
    <message>
        <source>P&amp;roposal language:</source>
        <translation>Ba&amp;hasa proposal:</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
</context>
<context>
    <name>Sepakat::DealJson</name>
    <message>
        <source>must be a text.</source>
        <translation>harus berupa teks.</translation>
    </message>
    <message>
        <source>must be a list of texts.</source>
        <translation>harus berupa daftar teks.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>harus true atau false.</translation>
    </message>
    <message>
        <source>must be a date such as &quot;2025-03-31&quot;, or null.</source>
        <translation>harus berupa tanggal seperti &quot;2025-03-31&quot;, atau null.</translation>
    </message>
    <message>
        <source>must be a time such as &quot;2025-03-31T09:30:00.000Z&quot;, or null.</source>
        <translation>harus berupa waktu seperti &quot;2025-03-31T09:30:00.000Z&quot;, atau null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the known values.</source>
        <translation>&quot;%1&quot; bukan salah satu nilai yang dikenal.</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(bukan teks)</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>harus berupa daftar.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>harus berupa objek.</translation>
    </message>
    <message>
        <source>must be an object or null.</source>
        <translation>harus berupa objek atau null.</translation>
    </message>
    <message>
        <source>required field is missing.</source>
        <translation>kolom wajib tidak ada.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>harus bilangan bulat dari %1 sampai %2.</translation>
    </message>
    <message>
        <source>must be a currency code and an amount, such as &quot;IDR 1250000&quot; or &quot;USD 1250.50&quot;, or null.</source>
        <translation>harus berupa kode mata uang dan jumlah, seperti &quot;IDR 1250000&quot; atau &quot;USD 1250.50&quot;, atau null.</translation>
    </message>
    <message>
        <source>an id is required.</source>
        <translation>id wajib diisi.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used twice.</source>
        <translation>id &quot;%1&quot; dipakai dua kali.</translation>
    </message>
    <message>
        <source>refers to %1 &quot;%2&quot;, which is not in the file.</source>
        <translation>merujuk ke %1 &quot;%2&quot;, yang tidak ada di file.</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produk</translation>
    </message>
    <message>
        <source>version %1 is used twice.</source>
        <translation>versi %1 dipakai dua kali.</translation>
    </message>
    <message>
        <source>tradeable</source>
        <translation>barang tukar</translation>
    </message>
    <message>
        <source>need</source>
        <translation>kebutuhan</translation>
    </message>
    <message>
        <source>The deal file is not valid JSON: %1 at offset %2.</source>
        <translation>File deal bukan JSON yang valid: %1 pada posisi %2.</translation>
    </message>
    <message>
        <source>The deal file must hold a JSON object.</source>
        <translation>File deal harus berisi objek JSON.</translation>
    </message>
    <message>
        <source>This is not a Sepakat deal file (its &quot;format&quot; is not &quot;sepakat-deal&quot;).</source>
        <translation>Ini bukan file deal Sepakat (&quot;format&quot;-nya bukan &quot;sepakat-deal&quot;).</translation>
    </message>
    <message>
        <source>version: must be a whole number from 1.</source>
        <translation>version: harus bilangan bulat mulai dari 1.</translation>
    </message>
    <message>
        <source>This deal file is of format version %1, made by a newer Sepakat; this one reads up to version %2. Update Sepakat to import it.</source>
        <translation>File deal ini berformat versi %1, dibuat oleh Sepakat yang lebih baru; Sepakat ini hanya membaca sampai versi %2. Perbarui Sepakat untuk mengimpornya.</translation>
    </message>
    <message>
        <source>the deal&apos;s customer is required.</source>
        <translation>pelanggan deal wajib ada.</translation>
    </message>
    <message>
        <source>the deal is required.</source>
        <translation>deal wajib ada.</translation>
    </message>
    <message>
        <source>There is no deal with the id &quot;%1&quot; in this deal book.</source>
        <translation>Tidak ada deal dengan id &quot;%1&quot; di buku deal ini.</translation>
    </message>
    <message>
        <source>The deal&apos;s customer is missing from this deal book.</source>
        <translation>Pelanggan deal ini tidak ada di buku deal.</translation>
    </message>
    <message>
        <source>This deal book already holds the deal &quot;%1&quot; (id %2); nothing was imported.</source>
        <translation>Buku deal ini sudah berisi deal &quot;%1&quot; (id %2); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produk %1</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Offer version %1</source>
        <translation>Penawaran versi %1</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Tradeable</source>
        <translation>Barang tukar</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>Konsesi</translation>
    </message>
    <message>
        <source>Value case</source>
        <translation>Kasus nilai</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
</context>
<context>
    <name>Sepakat::DealPage</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Back to the pipeline</source>
        <translation>Kembali ke alur penjualan</translation>
    </message>
    <message>
        <source>Back to the pipeline (Esc)</source>
        <translation>Kembali ke alur penjualan (Esc)</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kualifikasi</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation>Konsesi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Quick view</source>
        <translation>Tampilan ringkas</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>This page of the worksheet is on its way.</source>
        <translation>Halaman lembar kerja ini sedang disiapkan.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Keep the presentation&apos;s figures</source>
        <translation>Simpan angka dari presentasi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentasikan</translation>
    </message>
    <message>
        <source>Show the deal to the customer, full screen, without internal numbers (F5)</source>
        <translation>Tunjukkan transaksi kepada pelanggan, layar penuh, tanpa angka internal (F5)</translation>
    </message>
</context>
<context>
    <name>Sepakat::Exchange</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2; a quote may be missing or a separator too many.</source>
        <translation>baris ini berisi %1 sel, padahal judul kolom berisi %2; mungkin ada tanda kutip yang hilang atau pemisah yang berlebih.</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>nilai wajib diisi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; amounts cannot be below zero.</source>
        <translation>&quot;%1&quot; negatif; jumlah tidak boleh di bawah nol.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as IDR or USD.</source>
        <translation>&quot;%1&quot; bukan kode mata uang seperti IDR atau USD.</translation>
    </message>
    <message>
        <source>the id %1 is already in the deal book or the file; not imported again.</source>
        <translation>id %1 sudah ada di buku deal atau di file; tidak diimpor lagi.</translation>
    </message>
    <message>
        <source>a contact&apos;s role, email or phone needs the contact&apos;s name too.</source>
        <translation>jabatan, email, atau telepon kontak memerlukan nama kontaknya juga.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the same customer as row %2; not imported twice.</source>
        <translation>&quot;%1&quot; adalah pelanggan yang sama dengan baris %2; tidak diimpor dua kali.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the deal book; not imported again.</source>
        <translation>&quot;%1&quot; sudah ada di buku deal; tidak diimpor lagi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; bukan ya atau tidak.</translation>
    </message>
    <message>
        <source>SKU %1 is the same product as row %2; not imported twice.</source>
        <translation>SKU %1 adalah produk yang sama dengan baris %2; tidak diimpor dua kali.</translation>
    </message>
    <message>
        <source>SKU %1 is already in the catalog; not imported again.</source>
        <translation>SKU %1 sudah ada di katalog; tidak diimpor lagi.</translation>
    </message>
    <message>
        <source>no customer &quot;%1&quot; in the deal book or the customers file.</source>
        <translation>tidak ada pelanggan &quot;%1&quot; di buku deal maupun di file pelanggan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage. Use Prospect, Qualified, Proposal, Negotiation, Won or Lost.</source>
        <translation>&quot;%1&quot; bukan tahap. Gunakan Prospek, Terkualifikasi, Proposal, Negosiasi, Menang, atau Kalah.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2025-03-31 or 31/03/2025.</source>
        <translation>&quot;%1&quot; bukan tanggal; tulis 2025-03-31 atau 31/03/2025.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; for this customer is the same deal as row %2; not imported twice.</source>
        <translation>&quot;%1&quot; untuk pelanggan ini adalah deal yang sama dengan baris %2; tidak diimpor dua kali.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; for this customer is already in the deal book; not imported again.</source>
        <translation>&quot;%1&quot; untuk pelanggan ini sudah ada di buku deal; tidak diimpor lagi.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 baris %2: %3</translation>
    </message>
    <message>
        <source>%1 row %2, column %3: %4</source>
        <translation>%1 baris %2, kolom %3: %4</translation>
    </message>
    <message>
        <source>the file has no column for %1; map one of its columns to it or add it to the header.</source>
        <translation>file tidak memiliki kolom untuk %1; petakan salah satu kolomnya ke sana atau tambahkan ke judul kolom.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems. Correct them, or choose to skip invalid rows.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %n baris bermasalah. Perbaiki, atau pilih untuk melewati baris yang tidak valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing).</source>
        <translation>sel bertanda kutip tidak pernah ditutup (ada &quot; yang hilang).</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>ada teks setelah tanda kutip penutup; tanda kutip di dalam sel bertanda kutip harus ditulis ganda (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Jabatan kontak</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Perkiraan tutup</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deal</translation>
    </message>
</context>
<context>
    <name>Sepakat::ExportDialog</name>
    <message>
        <source>Export to CSV files</source>
        <translation>Ekspor ke file CSV</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>Daftar:</translation>
    </message>
    <message>
        <source>English headers, comma-separated, 1250000.50</source>
        <translation>Judul kolom bahasa Inggris, dipisah koma, 1250000.50</translation>
    </message>
    <message>
        <source>Indonesian headers, semicolon-separated, 1250000,50 (Excel in Indonesian)</source>
        <translation>Judul kolom bahasa Indonesia, dipisah titik koma, 1250000,50 (Excel berbahasa Indonesia)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>%1 %2.csv</source>
        <translation>%1 %2.csv</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Tidak ada yang diekspor</translation>
    </message>
    <message>
        <source>Choose at least one list.</source>
        <translation>Pilih setidaknya satu daftar.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Timpa file?</translation>
    </message>
    <message>
        <source>These files exist and will be replaced:
%1</source>
        <translation>File berikut sudah ada dan akan ditimpa:
%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Timpa</translation>
    </message>
</context>
<context>
    <name>Sepakat::HistoryPage</name>
    <message>
        <source>Deal created</source>
        <translation>Transaksi dibuat</translation>
    </message>
    <message>
        <source>Deal edited</source>
        <translation>Transaksi diubah</translation>
    </message>
    <message>
        <source>Stage moved</source>
        <translation>Tahap dipindahkan</translation>
    </message>
    <message>
        <source>Needs edited</source>
        <translation>Kebutuhan diubah</translation>
    </message>
    <message>
        <source>Offer round created</source>
        <translation>Putaran penawaran dibuat</translation>
    </message>
    <message>
        <source>Offer edited</source>
        <translation>Penawaran diubah</translation>
    </message>
    <message>
        <source>Plan edited</source>
        <translation>Rencana diubah</translation>
    </message>
    <message>
        <source>Tradeable saved</source>
        <translation>Bahan tukar disimpan</translation>
    </message>
    <message>
        <source>Tradeable removed</source>
        <translation>Bahan tukar dihapus</translation>
    </message>
    <message>
        <source>Concession logged</source>
        <translation>Konsesi dicatat</translation>
    </message>
    <message>
        <source>Concession taken back</source>
        <translation>Konsesi ditarik kembali</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>Persetujuan diminta</translation>
    </message>
    <message>
        <source>Approval decided</source>
        <translation>Persetujuan diputuskan</translation>
    </message>
    <message>
        <source>Approval saved</source>
        <translation>Persetujuan disimpan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Nothing has happened to this deal yet.</source>
        <translation>Belum ada kejadian pada transaksi ini.</translation>
    </message>
    <message>
        <source>Approval voided by change</source>
        <translation>Persetujuan batal karena perubahan</translation>
    </message>
    <message>
        <source>Offer status changed</source>
        <translation>Status penawaran berubah</translation>
    </message>
    <message>
        <source>Offer round removed</source>
        <translation>Putaran penawaran dihapus</translation>
    </message>
</context>
<context>
    <name>Sepakat::ImportDialog</name>
    <message>
        <source>Import from CSV files</source>
        <translation>Impor dari file CSV</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Belum ada file dipilih</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>As the file is separated (semicolon: 1.250.000,50)</source>
        <translation>Menurut pemisah file (titik koma: 1.250.000,50)</translation>
    </message>
    <message>
        <source>1,250,000.50 (decimal point)</source>
        <translation>1,250,000.50 (titik desimal)</translation>
    </message>
    <message>
        <source>1.250.000,50 (decimal comma)</source>
        <translation>1.250.000,50 (koma desimal)</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Angka:</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows and import the rest</source>
        <translation>&amp;Lewati baris yang tidak valid dan impor sisanya</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom di file</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Diimpor sebagai</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose the CSV file of %1</source>
        <translation>Pilih file CSV berisi %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Semua file (*)</translation>
    </message>
    <message>
        <source>File not read</source>
        <translation>File tidak terbaca</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Choose at least one file. Columns are matched by their header, in English or Indonesian.</source>
        <translation>Pilih setidaknya satu file. Kolom dicocokkan menurut judulnya, dalam bahasa Inggris atau Indonesia.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) in bold have a header Sepakat does not know: choose what each holds, or leave it out.</source>
        <translation>
            <numerusform>%n kolom bercetak tebal memiliki judul yang tidak dikenal Sepakat: pilih isinya, atau biarkan tidak diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every column was recognised by its header.</source>
        <translation>Semua kolom dikenali dari judulnya.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Dilewati: %1</translation>
    </message>
    <message>
        <source>%1 rows read. Ready to import: %2 customers, %3 products, %4 deals.</source>
        <translation>%1 baris dibaca. Siap diimpor: %2 pelanggan, %3 produk, %4 deal.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: correct them in the file, or skip invalid rows.</source>
        <translation>
            <numerusform>%n baris bermasalah: perbaiki di file, atau lewati baris yang tidak valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems will be left out.</source>
        <translation>
            <numerusform>%n baris bermasalah akan dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
</context>
<context>
    <name>Sepakat::KeyFigures</name>
    <message>
        <source>Net present value (%1 a year)</source>
        <translation>Nilai sekarang bersih (%1 per tahun)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Bulan ke-%1</translation>
    </message>
    <message>
        <source>Pays back after %1 months</source>
        <translation>Balik modal setelah %1 bulan</translation>
    </message>
    <message numerus="yes">
        <source>Not within %n month(s)</source>
        <translation>
            <numerusform>Tidak dalam %n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Hours saved per year</source>
        <translation>Jam dihemat per tahun</translation>
    </message>
    <message>
        <source>Money saved per year</source>
        <translation>Uang dihemat per tahun</translation>
    </message>
    <message>
        <source>Pays back in</source>
        <translation>Balik modal pada</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Imbal hasil investasi (ROI)</translation>
    </message>
</context>
<context>
    <name>Sepakat::LostReasonDialog</name>
    <message>
        <source>Lost reason</source>
        <translation>Alasan kalah</translation>
    </message>
    <message>
        <source>Why was this deal lost?</source>
        <translation>Mengapa transaksi ini kalah?</translation>
    </message>
    <message numerus="yes">
        <source>Why were these %n deals lost?</source>
        <translation>
            <numerusform>Mengapa %n transaksi ini kalah?</numerusform>
        </translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Harga terlalu tinggi</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Memilih pesaing</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Tidak ada anggaran</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Tidak ada keputusan</translation>
    </message>
    <message>
        <source>Timing: project postponed</source>
        <translation>Waktu: proyek ditunda</translation>
    </message>
    <message>
        <source>Required, e.g. chose a competitor</source>
        <translation>Wajib diisi, mis. memilih pesaing</translation>
    </message>
</context>
<context>
    <name>Sepakat::MainWindow</name>
    <message>
        <source>Change not saved</source>
        <translation>Perubahan tidak disimpan</translation>
    </message>
    <message>
        <source>Deal book in use</source>
        <translation>Buku transaksi sedang dipakai</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can look at everything but change nothing.</source>
        <translation>%1

Buka hanya-baca? Anda dapat melihat semuanya tetapi tidak dapat mengubah apa pun.</translation>
    </message>
    <message>
        <source>Cannot open deal book</source>
        <translation>Buku transaksi tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 dibuka.</translation>
    </message>
    <message>
        <source>Cannot create deal book</source>
        <translation>Buku transaksi tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 dibuat.</translation>
    </message>
    <message>
        <source>New deal book</source>
        <translation>Buku transaksi baru</translation>
    </message>
    <message>
        <source>Deal books (*.sepakat)</source>
        <translation>Buku transaksi (*.sepakat)</translation>
    </message>
    <message>
        <source>Open deal book</source>
        <translation>Buka buku transaksi</translation>
    </message>
    <message>
        <source>Deal books (*.sepakat);;All files (*)</source>
        <translation>Buku transaksi (*.sepakat);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save a copy of the deal book</source>
        <translation>Simpan salinan buku transaksi</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>Salinan %1</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Salinan tidak disimpan</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Salinan disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>No recent deal books</source>
        <translation>Belum ada buku transaksi terbaru</translation>
    </message>
    <message>
        <source>Deal book not found</source>
        <translation>Buku transaksi tidak ditemukan</translation>
    </message>
    <message>
        <source>%1 no longer exists, so it was removed from the recent deal books.</source>
        <translation>%1 sudah tidak ada, jadi dihapus dari daftar buku transaksi terbaru.</translation>
    </message>
    <message>
        <source>%1 (read-only) — Sepakat</source>
        <translation>%1 (hanya-baca) — Sepakat</translation>
    </message>
    <message>
        <source>%1 — Sepakat</source>
        <translation>%1 — Sepakat</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Hanya-baca</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Hanya-baca: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Urungkan %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Ulang&amp;i %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ulang&amp;i</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka yang &amp;terbaru</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;New deal book…</source>
        <translation>Buku transaksi &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Simpan &amp;salinan sebagai…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Alur Penjualan</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added the deal.</source>
        <translation>Transaksi ditambahkan.</translation>
    </message>
    <message>
        <source>New &amp;deal…</source>
        <translation>Transaksi ba&amp;ru…</translation>
    </message>
    <message>
        <source>New deal (%1)</source>
        <translation>Transaksi baru (%1)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Bilah alat</translation>
    </message>
    <message>
        <source>PDF exported.</source>
        <translation>PDF diekspor.</translation>
    </message>
    <message>
        <source>Export &amp;proposal…</source>
        <translation>Ekspor &amp;proposal…</translation>
    </message>
    <message>
        <source>Export internal &amp;worksheet…</source>
        <translation>Ekspor &amp;lembar kerja internal…</translation>
    </message>
    <message>
        <source>Imported %1 customers, %2 products and %3 deals.</source>
        <translation>Diimpor %1 pelanggan, %2 produk, dan %3 deal.</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Diekspor: %1.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>%1 has no backups yet. One is made each day the book is opened for writing, in %2.</source>
        <translation>%1 belum punya cadangan. Cadangan dibuat setiap hari saat buku dibuka untuk diubah, di %2.</translation>
    </message>
    <message>
        <source>Bring back %1 as it was on %2?

Everything changed since then is set aside: the current state is kept as a backup first, so you can bring it back in turn.</source>
        <translation>Kembalikan %1 seperti pada %2?

Semua perubahan sejak itu disisihkan: keadaan sekarang disimpan dulu sebagai cadangan, jadi Anda dapat mengembalikannya lagi nanti.</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>Cadangan tidak dipulihkan</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The state before it was kept as %2.</source>
        <translation>Cadangan %1 dipulihkan. Keadaan sebelumnya disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Pulihkan dari &amp;cadangan…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Buka hanya-baca</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>About Sepakat</source>
        <translation>Tentang Sepakat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sepakat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A deal desk for sales negotiations: qualify, rank the customer&apos;s needs, build the value case, plan and trade concessions, and send the proposal.&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence). Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sepakat %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Meja kerja transaksi untuk negosiasi penjualan: kualifikasi prospek, urutkan kebutuhan pelanggan, susun nilai manfaat, rencanakan dan tukarkan konsesi, lalu kirim proposal.&lt;/p&gt;&lt;p&gt;Ikon: Lucide (lisensi ISC). Dibuat dengan Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <source>&amp;About Sepakat</source>
        <translation>&amp;Tentang Sepakat</translation>
    </message>
    <message>
        <source>Imported the deal.</source>
        <translation>Transaksi diimpor.</translation>
    </message>
    <message>
        <source>Export deal file</source>
        <translation>Ekspor berkas transaksi</translation>
    </message>
    <message>
        <source>Open a deal, or select its card on the board, first.</source>
        <translation>Buka sebuah transaksi, atau pilih kartunya di papan, terlebih dahulu.</translation>
    </message>
    <message>
        <source>Exported the deal to %1.</source>
        <translation>Transaksi diekspor ke %1.</translation>
    </message>
    <message>
        <source>Import deal &amp;file…</source>
        <translation>I&amp;mpor berkas transaksi…</translation>
    </message>
    <message>
        <source>Export deal fi&amp;le…</source>
        <translation>Eksp&amp;or berkas transaksi…</translation>
    </message>
</context>
<context>
    <name>Sepakat::Money</name>
    <message>
        <source>The amount is too large to calculate with.</source>
        <translation>Jumlahnya terlalu besar untuk dihitung.</translation>
    </message>
    <message>
        <source>Cannot add %1 to %2: the currencies differ.</source>
        <translation>Tidak dapat menambahkan %1 ke %2: mata uangnya berbeda.</translation>
    </message>
    <message>
        <source>Cannot subtract %1 from %2: the currencies differ.</source>
        <translation>Tidak dapat mengurangkan %1 dari %2: mata uangnya berbeda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>&quot;%1&quot; bukan jumlah uang.</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals: &quot;%2&quot;.</source>
        <translation>Jumlah dalam %1 tidak memakai desimal: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals: &quot;%3&quot;.</source>
        <translation>Jumlah dalam %1 paling banyak %2 desimal: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>&quot;%1&quot; bukan persentase.</translation>
    </message>
</context>
<context>
    <name>Sepakat::NeedsModel</name>
    <message>
        <source>Hours lost per month: type a number of hours such as 12 or 2.5, at most three decimals.</source>
        <translation>Jam yang hilang per bulan: ketik jumlah jam seperti 12 atau 2,5, paling banyak tiga desimal.</translation>
    </message>
    <message>
        <source>No answer yet: name the benefit or the product that answers this need.</source>
        <translation>Belum ada jawaban: sebutkan manfaat atau produk yang menjawab kebutuhan ini.</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Belum ada jawaban</translation>
    </message>
    <message>
        <source>Rank, most pressing first: priority, then urgency, then monthly pain</source>
        <translation>Peringkat, yang paling mendesak dahulu: prioritas, lalu urgensi, lalu kerugian bulanan</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>Hours/month</source>
        <translation>Jam/bulan</translation>
    </message>
    <message>
        <source>Cost/month</source>
        <translation>Biaya/bulan</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Jawaban kami</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Cost per month: %1</source>
        <translation>Biaya per bulan: %1</translation>
    </message>
</context>
<context>
    <name>Sepakat::NeedsPage</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Ubah kebutuhan</translation>
    </message>
    <message>
        <source>No needs yet. What problem must the customer solve? Add it with Ctrl+Shift+E.</source>
        <translation>Belum ada kebutuhan. Masalah apa yang harus dipecahkan pelanggan? Tambahkan dengan Ctrl+Shift+E.</translation>
    </message>
    <message>
        <source>Every need has an answer.</source>
        <translation>Setiap kebutuhan sudah ada jawabannya.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) with no answer yet: name the benefit or product.</source>
        <translation>
            <numerusform>%n kebutuhan belum ada jawabannya: sebutkan manfaat atau produknya.</numerusform>
        </translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Kebutuhan baru</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Tambah kebutuhan</translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation>Hapus kebutuhan</translation>
    </message>
    <message>
        <source>Move need up</source>
        <translation>Naikkan kebutuhan</translation>
    </message>
    <message>
        <source>Move need down</source>
        <translation>Turunkan kebutuhan</translation>
    </message>
    <message>
        <source>Add a need (Ctrl+Shift+E or Insert)</source>
        <translation>Tambah kebutuhan (Ctrl+Shift+E atau Insert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected need (Delete)</source>
        <translation>Hapus kebutuhan yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Move the need up (Alt+Up)</source>
        <translation>Naikkan kebutuhan (Alt+Atas)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Move the need down (Alt+Down)</source>
        <translation>Turunkan kebutuhan (Alt+Bawah)</translation>
    </message>
    <message>
        <source>Most pressing first</source>
        <translation>Paling mendesak dahulu</translation>
    </message>
    <message>
        <source>Sort by priority, then urgency, then monthly pain</source>
        <translation>Urutkan menurut prioritas, lalu urgensi, lalu kerugian bulanan</translation>
    </message>
</context>
<context>
    <name>Sepakat::Negotiation</name>
    <message>
        <source>Discount %1 exceeds %2 allowed</source>
        <translation>Diskon %1 melebihi batas %2</translation>
    </message>
    <message>
        <source>Margin %1 is below the %2 minimum</source>
        <translation>Margin %1 di bawah batas minimum %2</translation>
    </message>
    <message>
        <source>Payment terms of %1 days exceed the %2 days allowed</source>
        <translation>Jangka pembayaran %1 hari melebihi batas %2 hari</translation>
    </message>
    <message>
        <source>Price %1 is below the walk-away price of %2</source>
        <translation>Harga %1 di bawah harga batas bawah %2</translation>
    </message>
    <message>
        <source>Given with nothing asked in return: %1</source>
        <translation>Diberikan tanpa meminta imbalan: %1</translation>
    </message>
    <message>
        <source>The concessions are too large to add up.</source>
        <translation>Konsesinya terlalu besar untuk dijumlahkan.</translation>
    </message>
    <message>
        <source>A concession in round %1 is in %2, but the negotiation is in %3.</source>
        <translation>Konsesi pada putaran %1 dalam %2, tetapi negosiasinya dalam %3.</translation>
    </message>
    <message>
        <source>Round %1 gives %2, as much as or more than the round before (%3): concessions should shrink.</source>
        <translation>Putaran %1 memberi %2, sama dengan atau lebih dari putaran sebelumnya (%3): konsesi seharusnya makin kecil.</translation>
    </message>
    <message>
        <source>Conceded %1 in total, %2 of the room between opening and walk-away (%3).</source>
        <translation>Total konsesi %1, %2 dari ruang antara harga pembuka dan batas bawah (%3).</translation>
    </message>
    <message>
        <source>Conceded %1 in total, but the opening (%2) leaves no room above the walk-away (%3).</source>
        <translation>Total konsesi %1, tetapi harga pembuka (%2) tidak menyisakan ruang di atas batas bawah (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given with nothing asked in return.</source>
        <translation>&quot;%1&quot; diberikan tanpa meminta imbalan.</translation>
    </message>
    <message>
        <source>Round %1: &quot;%2&quot; was given and the customer gave nothing in that round.</source>
        <translation>Putaran %1: &quot;%2&quot; diberikan dan pelanggan tidak memberi apa pun pada putaran itu.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>Added line: %1, %2 × %3</source>
        <translation>Baris ditambahkan: %1, %2 × %3</translation>
    </message>
    <message>
        <source>%1: quantity %2 → %3</source>
        <translation>%1: jumlah %2 → %3</translation>
    </message>
    <message>
        <source>%1: unit price %2 → %3</source>
        <translation>%1: harga satuan %2 → %3</translation>
    </message>
    <message>
        <source>%1: discount %2 → %3</source>
        <translation>%1: diskon %2 → %3</translation>
    </message>
    <message>
        <source>Removed line: %1</source>
        <translation>Baris dihapus: %1</translation>
    </message>
    <message>
        <source>Total %1 → %2 (%3)</source>
        <translation>Total %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Net before tax %1 → %2 (%3)</source>
        <translation>Neto sebelum pajak %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Discount given %1 → %2 (%3)</source>
        <translation>Diskon yang diberikan %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Currency %1 → %2</source>
        <translation>Mata uang %1 → %2</translation>
    </message>
    <message>
        <source>Document discount %1 → %2</source>
        <translation>Diskon dokumen %1 → %2</translation>
    </message>
    <message>
        <source>Tax %1 → %2</source>
        <translation>Pajak %1 → %2</translation>
    </message>
    <message>
        <source>Payment terms %1 → %2 days</source>
        <translation>Jangka pembayaran %1 → %2 hari</translation>
    </message>
    <message>
        <source>Delivery %1 → %2 days</source>
        <translation>Pengiriman %1 → %2 hari</translation>
    </message>
    <message>
        <source>Support %1 → %2</source>
        <translation>Dukungan %1 → %2</translation>
    </message>
    <message>
        <source>Warranty %1 → %2 months</source>
        <translation>Garansi %1 → %2 bulan</translation>
    </message>
    <message>
        <source>Contract %1 → %2 months</source>
        <translation>Kontrak %1 → %2 bulan</translation>
    </message>
    <message>
        <source>Valid until %1 → %2</source>
        <translation>Berlaku sampai %1 → %2</translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation>Batas bawah</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Harga pembuka</translation>
    </message>
    <message>
        <source>Customer&apos;s limit (estimate)</source>
        <translation>Batas pelanggan (perkiraan)</translation>
    </message>
    <message>
        <source>Current offer</source>
        <translation>Penawaran saat ini</translation>
    </message>
    <message>
        <source>%1 is in %2, the plan in %3: it is left off the bar.</source>
        <translation>%1 dalam %2, rencananya dalam %3: tidak ditampilkan di batang.</translation>
    </message>
    <message>
        <source>The current offer (%1) is below your walk-away price (%2).</source>
        <translation>Penawaran saat ini (%1) di bawah harga batas bawah Anda (%2).</translation>
    </message>
    <message>
        <source>The customer&apos;s estimated limit (%1) is below your walk-away price (%2): there is no zone of agreement.</source>
        <translation>Perkiraan batas pelanggan (%1) di bawah harga batas bawah Anda (%2): tidak ada zona kesepakatan.</translation>
    </message>
    <message>
        <source>Your walk-away price (%1) is above your target (%2).</source>
        <translation>Harga batas bawah Anda (%1) di atas target Anda (%2).</translation>
    </message>
    <message>
        <source>Line renamed: %1 → %2</source>
        <translation>Baris diganti nama: %1 → %2</translation>
    </message>
    <message>
        <source>The opening offer (%1) is below your target (%2): open higher to leave room to concede.</source>
        <translation>Harga pembuka (%1) di bawah target Anda (%2): buka lebih tinggi agar ada ruang untuk konsesi.</translation>
    </message>
</context>
<context>
    <name>Sepakat::NegotiationStyle</name>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
</context>
<context>
    <name>Sepakat::NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Transaksi baru</translation>
    </message>
    <message>
        <source>e.g. Warehouse scanners for 12 branches</source>
        <translation>mis. Pemindai gudang untuk 12 cabang</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Perkiraan nilai</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Pelanggan:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>Perkiraan pen&amp;utupan:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Pe&amp;milik:</translation>
    </message>
    <message>
        <source>&amp;Add deal</source>
        <translation>&amp;Tambah transaksi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Sepakat::OfferLinesModel</name>
    <message>
        <source>Quantity: enter a number with at most three decimals, such as 2 or 1.5.</source>
        <translation>Jumlah: masukkan angka dengan paling banyak tiga desimal, misalnya 2 atau 1,5.</translation>
    </message>
    <message>
        <source>From the catalog</source>
        <translation>Dari katalog</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>Harga satuan (%1)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Subtotal (%1)</source>
        <translation>Subtotal (%1)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
</context>
<context>
    <name>Sepakat::OfferPage</name>
    <message>
        <source>Change the support level</source>
        <translation>Ubah tingkat dukungan</translation>
    </message>
    <message>
        <source>Change the terms</source>
        <translation>Ubah syarat</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Putaran %1</translation>
    </message>
    <message>
        <source>Changes since the round before</source>
        <translation>Perubahan sejak putaran sebelumnya</translation>
    </message>
    <message>
        <source>This is the first round: nothing to compare with yet.</source>
        <translation>Ini putaran pertama: belum ada pembanding.</translation>
    </message>
    <message>
        <source>Changes since round %1</source>
        <translation>Perubahan sejak putaran %1</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Belum ada yang berubah.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No catalog products in %1</source>
        <translation>Tidak ada produk katalog dalam %1</translation>
    </message>
    <message>
        <source>This deal book is open read-only: the offer can be read, not changed.</source>
        <translation>Buku transaksi ini dibuka hanya-baca: penawaran dapat dibaca, tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Round %1 stays as it was offered. Changes go into the latest round.</source>
        <translation>Putaran %1 tetap seperti saat ditawarkan. Perubahan masuk ke putaran terakhir.</translation>
    </message>
    <message>
        <source>Each change is saved at once; Ctrl+Z undoes it. Insert adds a line, Ctrl+Shift+R starts a new round.</source>
        <translation>Setiap perubahan langsung disimpan; Ctrl+Z membatalkannya. Insert menambah baris, Ctrl+Shift+R memulai putaran baru.</translation>
    </message>
    <message>
        <source>Create the first offer</source>
        <translation>Buat penawaran pertama</translation>
    </message>
    <message>
        <source>Start round %1</source>
        <translation>Mulai putaran %1</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Baris baru</translation>
    </message>
    <message>
        <source>Add line “%1”</source>
        <translation>Tambah baris “%1”</translation>
    </message>
    <message>
        <source>Remove line “%1”</source>
        <translation>Hapus baris “%1”</translation>
    </message>
    <message>
        <source>Edit line “%1”</source>
        <translation>Ubah baris “%1”</translation>
    </message>
    <message>
        <source>Change the tax</source>
        <translation>Ubah pajak</translation>
    </message>
    <message>
        <source>Change the document discount</source>
        <translation>Ubah diskon dokumen</translation>
    </message>
    <message>
        <source>Change the validity</source>
        <translation>Ubah masa berlaku</translation>
    </message>
    <message>
        <source>No offer yet</source>
        <translation>Belum ada penawaran</translation>
    </message>
    <message>
        <source>An offer holds the lines, price and terms of one negotiation round. Each new round starts as a copy of the one before.</source>
        <translation>Penawaran memuat baris, harga, dan syarat satu putaran negosiasi. Setiap putaran baru dimulai sebagai salinan putaran sebelumnya.</translation>
    </message>
    <message>
        <source>Create first offer</source>
        <translation>Buat penawaran pertama</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Putaran:</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Putaran baru</translation>
    </message>
    <message>
        <source>Copy the latest round into a new one (Ctrl+Shift+R)</source>
        <translation>Salin putaran terakhir menjadi putaran baru (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Add a free-text line (Insert or Ctrl+Shift+L)</source>
        <translation>Tambah baris teks bebas (Insert atau Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Add from catalog</source>
        <translation>Tambah dari katalog</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Document &amp;discount:</source>
        <translation>&amp;Diskon dokumen:</translation>
    </message>
    <message>
        <source>Ta&amp;x:</source>
        <translation>Pa&amp;jak:</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>Syarat &amp;pembayaran:</translation>
    </message>
    <message>
        <source>D&amp;elivery:</source>
        <translation>P&amp;engiriman:</translation>
    </message>
    <message>
        <source>&amp;Support level:</source>
        <translation>Tingkat &amp;dukungan:</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>&amp;Garansi:</translation>
    </message>
    <message>
        <source>&amp;Contract term:</source>
        <translation>Masa &amp;kontrak:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Berlaku sampai:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>offered %1 · %2</source>
        <translation>ditawarkan %1 · %2</translation>
    </message>
    <message>
        <source>Round %1 is with the customer and stays as it was sent. Ctrl+Shift+R starts a new round from it.</source>
        <translation>Putaran %1 sudah di tangan pelanggan dan tetap seperti saat dikirim. Ctrl+Shift+R memulai putaran baru darinya.</translation>
    </message>
</context>
<context>
    <name>Sepakat::OfferStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>Perlu persetujuan</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak pelanggan</translation>
    </message>
</context>
<context>
    <name>Sepakat::OfferStatusBar</name>
    <message>
        <source>Within the approval policy: it can go to the customer as it is.</source>
        <translation>Sesuai kebijakan persetujuan: penawaran ini bisa dikirim ke pelanggan apa adanya.</translation>
    </message>
    <message>
        <source>A manager&apos;s approval is needed before this offer goes to the customer:</source>
        <translation>Penawaran ini perlu persetujuan manajer sebelum dikirim ke pelanggan:</translation>
    </message>
    <message>
        <source>Submitted %1; waiting for a manager. Any change to the offer withdraws the request.</source>
        <translation>Diajukan %1; menunggu manajer. Setiap perubahan pada penawaran membatalkan permintaan ini.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 for exactly this content: any change voids the approval.</source>
        <translation>Disetujui oleh %1 pada %2 untuk isi persis seperti ini: setiap perubahan membatalkan persetujuan.</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2: “%3” Change the offer and submit it again.</source>
        <translation>Ditolak oleh %1 pada %2: “%3” Ubah penawaran lalu ajukan lagi.</translation>
    </message>
    <message>
        <source>With the customer. Changes go into a new round (Ctrl+Shift+R).</source>
        <translation>Sudah di tangan pelanggan. Perubahan masuk ke putaran baru (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>The customer&apos;s answer is recorded. A new round starts from this one.</source>
        <translation>Jawaban pelanggan sudah dicatat. Putaran baru dimulai dari putaran ini.</translation>
    </message>
    <message>
        <source>The earlier approval was voided by a change.</source>
        <translation>Persetujuan sebelumnya batal karena ada perubahan.</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Ajukan untuk persetujuan</translation>
    </message>
    <message>
        <source>A short note for the manager: why this offer, what the customer gives back?</source>
        <translation>Catatan singkat untuk manajer: mengapa penawaran ini, apa imbalan dari pelanggan?</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Tidak diajukan</translation>
    </message>
    <message>
        <source>Review package not written</source>
        <translation>Paket tinjauan tidak ditulis</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Status tidak diubah</translation>
    </message>
    <message>
        <source>Submit for approval…</source>
        <translation>Ajukan untuk persetujuan…</translation>
    </message>
    <message>
        <source>Ask a manager to approve this round, with a short note</source>
        <translation>Minta manajer menyetujui putaran ini, dengan catatan singkat</translation>
    </message>
    <message>
        <source>Send for review…</source>
        <translation>Kirim untuk ditinjau…</translation>
    </message>
    <message>
        <source>Write a review package file for a manager on another computer</source>
        <translation>Tulis berkas paket tinjauan untuk manajer di komputer lain</translation>
    </message>
    <message>
        <source>Import decision…</source>
        <translation>Impor keputusan…</translation>
    </message>
    <message>
        <source>Apply a manager&apos;s decision file to this round</source>
        <translation>Terapkan berkas keputusan manajer ke putaran ini</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Tandai terkirim</translation>
    </message>
    <message>
        <source>The proposal went to the customer</source>
        <translation>Proposal sudah dikirim ke pelanggan</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>The customer accepted this round</source>
        <translation>Pelanggan menerima putaran ini</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak pelanggan</translation>
    </message>
    <message>
        <source>The customer declined this round</source>
        <translation>Pelanggan menolak putaran ini</translation>
    </message>
</context>
<context>
    <name>Sepakat::OfferTotals</name>
    <message>
        <source>%1 must be between 0 and 100 %.</source>
        <translation>%1 harus antara 0 dan 100 %.</translation>
    </message>
    <message>
        <source>An amount is in %1, but the offer is in %2.</source>
        <translation>Sebuah jumlah dalam %1, tetapi penawaran dalam %2.</translation>
    </message>
    <message>
        <source>The currency %1 is not known.</source>
        <translation>Mata uang %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Document discount</source>
        <translation>Diskon dokumen</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tarif pajak</translation>
    </message>
    <message>
        <source>Line %1 discount</source>
        <translation>Diskon baris %1</translation>
    </message>
    <message>
        <source>The margin is too large to calculate with.</source>
        <translation>Marginnya terlalu besar untuk dihitung.</translation>
    </message>
</context>
<context>
    <name>Sepakat::OfferTotalsPanel</name>
    <message>
        <source>Tax (%1):</source>
        <translation>Pajak (%1):</translation>
    </message>
    <message>
        <source>Document discount (%1):</source>
        <translation>Diskon dokumen (%1):</translation>
    </message>
    <message>
        <source>none (no net price)</source>
        <translation>tidak ada (tanpa harga bersih)</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Subtotal:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Internal — never shown to the customer</source>
        <translation>Internal — tidak pernah ditampilkan kepada pelanggan</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Biaya:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <source>Some lines have no cost: they count as zero, so the margin reads higher than it is.</source>
        <translation>Beberapa baris tidak punya biaya: dihitung nol, sehingga margin tampak lebih tinggi dari sebenarnya.</translation>
    </message>
</context>
<context>
    <name>Sepakat::Party</name>
    <message>
        <source>Us</source>
        <translation>Kami</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
</context>
<context>
    <name>Sepakat::PdfExport</name>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>PDF tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>Sepakat::PdfExportDialog</name>
    <message>
        <source>Export proposal</source>
        <translation>Ekspor proposal</translation>
    </message>
    <message>
        <source>Export internal worksheet</source>
        <translation>Ekspor lembar kerja internal</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>For the customer: no internal number or note is printed.</source>
        <translation>Untuk pelanggan: tidak ada angka atau catatan internal yang dicetak.</translation>
    </message>
    <message>
        <source>Internal: every page is marked not for the customer.</source>
        <translation>Internal: setiap halaman ditandai bukan untuk pelanggan.</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Deal:</translation>
    </message>
    <message>
        <source>Offer &amp;round:</source>
        <translation>&amp;Putaran penawaran:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pra&amp;tinjau…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Ekspor PDF…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Putaran %1</translation>
    </message>
    <message>
        <source>No offer yet: make one on the deal&apos;s Offer page</source>
        <translation>Belum ada penawaran: buat di halaman Penawaran deal</translation>
    </message>
    <message>
        <source>Proposal %1 %2</source>
        <translation>Proposal %1 %2</translation>
    </message>
    <message>
        <source>Internal worksheet %1 %2</source>
        <translation>Lembar kerja internal %1 %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Sepakat::Pipeline</name>
    <message>
        <source>There is no exchange rate from %1 to %2 in this deal book.</source>
        <translation>Tidak ada kurs dari %1 ke %2 di buku transaksi ini.</translation>
    </message>
    <message>
        <source>%1 %2 is too large to convert to %3.</source>
        <translation>%1 %2 terlalu besar untuk dikonversi ke %3.</translation>
    </message>
    <message>
        <source>The deal is already in %1.</source>
        <translation>Transaksi ini sudah di tahap %1.</translation>
    </message>
    <message>
        <source>Reopen this %1 deal and move it to %2?</source>
        <translation>Buka kembali transaksi %1 ini dan pindahkan ke %2?</translation>
    </message>
    <message>
        <source>Say why the deal was lost before moving it to %1.</source>
        <translation>Sebutkan alasan transaksi ini kalah sebelum memindahkannya ke %1.</translation>
    </message>
</context>
<context>
    <name>Sepakat::PipelineFilterBar</name>
    <message>
        <source>Search customer, deal or contact</source>
        <translation>Cari pelanggan, transaksi, atau kontak</translation>
    </message>
    <message>
        <source>Finds deals by customer name, deal title or contact name; case and accents do not matter.</source>
        <translation>Mencari transaksi menurut nama pelanggan, judul transaksi, atau nama kontak; huruf besar-kecil dan aksen tidak berpengaruh.</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Pe&amp;milik:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <source>C&amp;lose:</source>
        <translation>Pen&amp;utupan:</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Perkiraan tanggal penutupan</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Kuartal ini</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>90 hari ke depan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat waktu</translation>
    </message>
    <message>
        <source>&amp;Hide won and lost</source>
        <translation>&amp;Sembunyikan menang/kalah</translation>
    </message>
</context>
<context>
    <name>Sepakat::PipelineModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Sepakat::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Alur Penjualan</translation>
    </message>
    <message>
        <source>No deals yet</source>
        <translation>Belum ada transaksi</translation>
    </message>
    <message>
        <source>The pipeline shows every deal of this deal book by stage, from first contact to won or lost.</source>
        <translation>Alur penjualan menampilkan setiap transaksi di buku ini per tahap, dari kontak pertama sampai menang atau kalah.</translation>
    </message>
    <message>
        <source>A board with one column per stage: Prospect, Qualified, Proposal, Negotiation, Won, Lost</source>
        <translation>Papan dengan satu kolom per tahap: Prospek, Terkualifikasi, Proposal, Negosiasi, Menang, Kalah</translation>
    </message>
    <message>
        <source>Cards with customer, value, probability, expected close and days in stage</source>
        <translation>Kartu berisi pelanggan, nilai, probabilitas, perkiraan penutupan, dan lama di tahap</translation>
    </message>
    <message>
        <source>Drag and drop between stages, undoable</source>
        <translation>Seret dan lepas antartahap, dapat diurungkan</translation>
    </message>
    <message>
        <source>Totals and weighted value per stage, and a 12-month forecast</source>
        <translation>Total dan nilai tertimbang per tahap, serta prakiraan 12 bulan</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n lewat waktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>%n lebih lambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a close date</source>
        <translation>
            <numerusform>%n tanpa tanggal penutupan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in other currencies without a rate (%1)</source>
        <translation>
            <numerusform>%n dalam mata uang lain tanpa kurs (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted value of open deals by expected close month, in %1</source>
        <translation>Nilai tertimbang transaksi terbuka per bulan perkiraan penutupan, dalam %1</translation>
    </message>
    <message>
        <source>%1. Not shown: %2.</source>
        <translation>%1. Tidak ditampilkan: %2.</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Geser ke &amp;kiri</translation>
    </message>
    <message>
        <source>Move &amp;right</source>
        <translation>Geser ke k&amp;anan</translation>
    </message>
    <message>
        <source>Move the selected deal one stage left (%1)</source>
        <translation>Geser transaksi terpilih satu tahap ke kiri (%1)</translation>
    </message>
    <message>
        <source>Move the selected deal one stage right (%1)</source>
        <translation>Geser transaksi terpilih satu tahap ke kanan (%1)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prakiraan</translation>
    </message>
    <message>
        <source>Show or hide the 12-month forecast</source>
        <translation>Tampilkan atau sembunyikan prakiraan 12 bulan</translation>
    </message>
</context>
<context>
    <name>Sepakat::PlanPage</name>
    <message>
        <source>Change the negotiation style</source>
        <translation>Ubah gaya negosiasi</translation>
    </message>
    <message>
        <source>not set (%1)</source>
        <translation>belum diisi (%1)</translation>
    </message>
    <message>
        <source>No warnings: the plan and the current offer hold together.</source>
        <translation>Tidak ada peringatan: rencana dan penawaran saat ini selaras.</translation>
    </message>
    <message>
        <source>This deal book is open read-only: the plan can be read, not changed.</source>
        <translation>Buku transaksi ini dibuka hanya-baca: rencana dapat dibaca, tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Prices are before tax, like the offer&apos;s net. Each change is saved as soon as you leave the field; Ctrl+Z undoes it.</source>
        <translation>Harga sebelum pajak, seperti harga bersih penawaran. Setiap perubahan disimpan begitu Anda meninggalkan kolom; Ctrl+Z membatalkannya.</translation>
    </message>
    <message>
        <source>Change the plan&apos;s prices</source>
        <translation>Ubah harga dalam rencana</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>Ubah rencana</translation>
    </message>
    <message>
        <source>Edit an objection</source>
        <translation>Ubah keberatan</translation>
    </message>
    <message>
        <source>New objection</source>
        <translation>Keberatan baru</translation>
    </message>
    <message>
        <source>Add an objection</source>
        <translation>Tambah keberatan</translation>
    </message>
    <message>
        <source>Remove an objection</source>
        <translation>Hapus keberatan</translation>
    </message>
    <message>
        <source>Internal — never shown to the customer</source>
        <translation>Internal — tidak pernah ditampilkan kepada pelanggan</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>&amp;Target price:</source>
        <translation>Harga &amp;target:</translation>
    </message>
    <message>
        <source>&amp;Opening offer:</source>
        <translation>Harga &amp;pembuka:</translation>
    </message>
    <message>
        <source>&amp;Walk-away price:</source>
        <translation>Harga &amp;batas bawah:</translation>
    </message>
    <message>
        <source>Their walk-away (est.):</source>
        <translation>Batas mereka (perkiraan):</translation>
    </message>
    <message>
        <source>Their alternative (est.):</source>
        <translation>Alternatif mereka (perkiraan):</translation>
    </message>
    <message>
        <source>Our &amp;alternative:</source>
        <translation>&amp;Alternatif kami:</translation>
    </message>
    <message>
        <source>Its &amp;value:</source>
        <translation>&amp;Nilainya:</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Gaya:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>O&amp;bjections:</source>
        <translation>&amp;Keberatan:</translation>
    </message>
    <message>
        <source>Internal &amp;notes:</source>
        <translation>&amp;Catatan internal:</translation>
    </message>
    <message>
        <source>What we do if there is no deal</source>
        <translation>Yang kita lakukan bila tidak sepakat</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Prepared response</source>
        <translation>Tanggapan yang disiapkan</translation>
    </message>
    <message>
        <source>Add objection</source>
        <translation>Tambah keberatan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>Sepakat::PresentationWindow</name>
    <message>
        <source>We are still listening: no needs written down yet.</source>
        <translation>Kami masih mendengarkan: belum ada kebutuhan yang dicatat.</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>Costs you %1 every month</source>
        <translation>Merugikan Anda %1 setiap bulan</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>What it saves you</source>
        <translation>Yang Anda hemat</translation>
    </message>
    <message>
        <source>%1 hours a month, worth %2 an hour</source>
        <translation>%1 jam sebulan, senilai %2 per jam</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 sebulan</translation>
    </message>
    <message>
        <source>, from month %1</source>
        <translation>, mulai bulan ke-%1</translation>
    </message>
    <message>
        <source>The benefits follow once the needs are answered.</source>
        <translation>Manfaatnya menyusul setelah kebutuhan terjawab.</translation>
    </message>
    <message>
        <source>The offer follows.</source>
        <translation>Penawaran menyusul.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Pajak %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>Payment within %n day(s)</source>
        <translation>
            <numerusform>Pembayaran dalam %n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivery within %n day(s)</source>
        <translation>
            <numerusform>Pengiriman dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 support</source>
        <translation>Dukungan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) warranty</source>
        <translation>
            <numerusform>Garansi %n bulan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) contract</source>
        <translation>
            <numerusform>Kontrak %n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Berlaku sampai %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 — presentation</source>
        <translation>%1 — presentasi</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What matters most to %1</source>
        <translation>Yang paling penting bagi %1</translation>
    </message>
    <message>
        <source>How we answer it</source>
        <translation>Cara kami menjawabnya</translation>
    </message>
    <message>
        <source>What you save</source>
        <translation>Yang Anda hemat</translation>
    </message>
    <message>
        <source>Our offer</source>
        <translation>Penawaran kami</translation>
    </message>
    <message>
        <source>Our offer is on its way</source>
        <translation>Penawaran kami segera menyusul</translation>
    </message>
    <message>
        <source>The savings are being worked out with you.</source>
        <translation>Penghematan sedang kami hitung bersama Anda.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Kembali</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Lanjut →</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Keluar (Esc)</translation>
    </message>
</context>
<context>
    <name>Sepakat::Priority</name>
    <message>
        <source>Must have</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Should have</source>
        <translation>Sebaiknya ada</translation>
    </message>
    <message>
        <source>Could have</source>
        <translation>Boleh ada</translation>
    </message>
</context>
<context>
    <name>Sepakat::ProductDialog</name>
    <message>
        <source>Active: can be put on new offers</source>
        <translation>Aktif: dapat dimasukkan ke penawaran baru</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Tambah produk</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Ubah produk</translation>
    </message>
    <message>
        <source>e.g. licence, hour, unit</source>
        <translation>mis. lisensi, jam, unit</translation>
    </message>
    <message>
        <source>What it does for the customer</source>
        <translation>Apa manfaatnya bagi pelanggan</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Sat&amp;uan:</translation>
    </message>
    <message>
        <source>Unit &amp;price (%1):</source>
        <translation>&amp;Harga satuan (%1):</translation>
    </message>
    <message>
        <source>Unit &amp;cost (%1, internal):</source>
        <translation>&amp;Biaya satuan (%1, internal):</translation>
    </message>
    <message>
        <source>&amp;Benefit:</source>
        <translation>&amp;Manfaat:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Sepakat::ProductModel</name>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Biaya satuan</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Sepakat::Proposal</name>
    <message>
        <source>This deal book has no deal &quot;%1&quot; (see sepakat deals).</source>
        <translation>Buku deal ini tidak memiliki deal &quot;%1&quot; (lihat sepakat deals).</translation>
    </message>
    <message>
        <source>The deal has no offer yet: make one on its Offer page.</source>
        <translation>Deal ini belum memiliki penawaran: buat penawaran di halaman Penawaran.</translation>
    </message>
    <message>
        <source>The deal has no offer round %1 (its rounds are 1 to %2).</source>
        <translation>Deal ini tidak memiliki putaran penawaran %1 (putarannya 1 sampai %2).</translation>
    </message>
    <message>
        <source>A proposal is written in en or id, not &quot;%1&quot;.</source>
        <translation>Proposal ditulis dalam en atau id, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The offer&apos;s totals cannot be computed: %1</source>
        <translation>Total penawaran tidak dapat dihitung: %1</translation>
    </message>
</context>
<context>
    <name>Sepakat::ProposalGate</name>
    <message>
        <source>This offer is waiting for a manager&apos;s approval: %1.</source>
        <translation>Penawaran ini sedang menunggu persetujuan manajer: %1.</translation>
    </message>
    <message>
        <source>Export the proposal once it is approved; the Offer page shows when.</source>
        <translation>Ekspor proposal setelah disetujui; halaman Penawaran menunjukkan kapan.</translation>
    </message>
    <message>
        <source>%1 rejected this offer.</source>
        <translation>%1 menolak penawaran ini.</translation>
    </message>
    <message>
        <source>%1 rejected this offer: “%2”</source>
        <translation>%1 menolak penawaran ini: “%2”</translation>
    </message>
    <message>
        <source>Change the offer on the Offer page and submit it for review again.</source>
        <translation>Ubah penawaran di halaman Penawaran lalu ajukan lagi untuk ditinjau.</translation>
    </message>
    <message>
        <source>This offer needs a manager&apos;s approval: %1.</source>
        <translation>Penawaran ini perlu persetujuan manajer: %1.</translation>
    </message>
    <message>
        <source>Submit it for review on the Offer page.</source>
        <translation>Ajukan untuk ditinjau di halaman Penawaran.</translation>
    </message>
</context>
<context>
    <name>Sepakat::QualificationPage</name>
    <message>
        <source>Unknown</source>
        <translation>Belum diketahui</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Cukup jelas</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Pasti</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fit score %1 of 12</source>
        <translation>Skor kecocokan %1 dari 12</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Anggaran:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Wewenang:</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Kebutuhan:</translation>
    </message>
    <message>
        <source>T&amp;iming:</source>
        <translation>Wak&amp;tu:</translation>
    </message>
    <message>
        <source>Is money set aside? How much?</source>
        <translation>Apakah dana sudah disiapkan? Berapa?</translation>
    </message>
    <message>
        <source>Who decides, who signs?</source>
        <translation>Siapa yang memutuskan, siapa yang menandatangani?</translation>
    </message>
    <message>
        <source>What problem must be solved?</source>
        <translation>Masalah apa yang harus dipecahkan?</translation>
    </message>
    <message>
        <source>By when must it be in place?</source>
        <translation>Kapan harus sudah berjalan?</translation>
    </message>
    <message>
        <source>0 unknown, 1 weak, 2 likely, 3 confirmed</source>
        <translation>0 belum diketahui, 1 lemah, 2 cukup jelas, 3 pasti</translation>
    </message>
    <message>
        <source>Key contacts</source>
        <translation>Kontak kunci</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role in the decision</source>
        <translation>Peran dalam keputusan</translation>
    </message>
    <message>
        <source>No contacts yet: add them to the customer.</source>
        <translation>Belum ada kontak: tambahkan pada data pelanggan.</translation>
    </message>
    <message>
        <source>Edit customer and contacts…</source>
        <translation>Ubah pelanggan dan kontak…</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transaksi</translation>
    </message>
</context>
<context>
    <name>Sepakat::QualificationVerdict</name>
    <message>
        <source>Not qualified yet</source>
        <translation>Belum dikualifikasi</translation>
    </message>
    <message>
        <source>Weak fit: keep qualifying</source>
        <translation>Kurang cocok: lanjutkan kualifikasi</translation>
    </message>
    <message>
        <source>Good fit</source>
        <translation>Cukup cocok</translation>
    </message>
    <message>
        <source>Strong fit</source>
        <translation>Sangat cocok</translation>
    </message>
    <message>
        <source>Needs work: no budget yet</source>
        <translation>Perlu digarap: belum ada anggaran</translation>
    </message>
    <message>
        <source>Needs work: decision maker unknown</source>
        <translation>Perlu digarap: pengambil keputusan belum diketahui</translation>
    </message>
    <message>
        <source>Needs work: no clear need yet</source>
        <translation>Perlu digarap: kebutuhan belum jelas</translation>
    </message>
    <message>
        <source>Needs work: no timeline yet</source>
        <translation>Perlu digarap: belum ada jadwal</translation>
    </message>
</context>
<context>
    <name>Sepakat::QuickView</name>
    <message>
        <source>No needs yet: find out what the customer must solve.</source>
        <translation>Belum ada kebutuhan: cari tahu masalah yang harus dipecahkan pelanggan.</translation>
    </message>
    <message>
        <source>%1. %2 (%3, urgency %4)</source>
        <translation>%1. %2 (%3, urgensi %4)</translation>
    </message>
    <message>
        <source>   no answer yet</source>
        <translation>   belum ada jawaban</translation>
    </message>
    <message>
        <source>Walk-away %1; no offer yet.</source>
        <translation>Harga batas bawah %1; belum ada penawaran.</translation>
    </message>
    <message>
        <source>No walk-away set yet: set it on the Plan page.</source>
        <translation>Harga batas bawah belum diisi: isi di halaman Rencana.</translation>
    </message>
    <message>
        <source>No offer yet.</source>
        <translation>Belum ada penawaran.</translation>
    </message>
    <message>
        <source>Round %1: %2 before tax, %3 with tax
Payment in %4 days, delivery in %5 days
%6 support, %7 months warranty, %8 months contract</source>
        <translation>Putaran %1: %2 sebelum pajak, %3 termasuk pajak
Pembayaran dalam %4 hari, pengiriman dalam %5 hari
Dukungan %6, garansi %7 bulan, kontrak %8 bulan</translation>
    </message>
    <message>
        <source>The walk-away (%1) is in another currency than the offer.</source>
        <translation>Harga batas bawah (%1) dalam mata uang yang berbeda dari penawaran.</translation>
    </message>
    <message>
        <source>%1 BELOW the walk-away (%2): do not accept at this price.</source>
        <translation>%1 DI BAWAH harga batas bawah (%2): jangan terima pada harga ini.</translation>
    </message>
    <message>
        <source>%1 above the walk-away (%2): room left to concede.</source>
        <translation>%1 di atas harga batas bawah (%2): masih ada ruang untuk konsesi.</translation>
    </message>
    <message>
        <source>Give: %1</source>
        <translation>Berikan: %1</translation>
    </message>
    <message>
        <source>Costs us: %1</source>
        <translation>Biaya bagi kita: %1</translation>
    </message>
    <message>
        <source>Ask in return: nothing yet, decide what to ask before giving it</source>
        <translation>Minta imbalan: belum ada, tentukan apa yang diminta sebelum memberikannya</translation>
    </message>
    <message>
        <source>Ask in return: %1</source>
        <translation>Minta imbalan: %1</translation>
    </message>
    <message>
        <source>No concession planned: plan one on the Concessions page.</source>
        <translation>Belum ada konsesi yang direncanakan: rencanakan di halaman Konsesi.</translation>
    </message>
    <message>
        <source>Top needs</source>
        <translation>Kebutuhan utama</translation>
    </message>
    <message>
        <source>Price and terms now</source>
        <translation>Harga dan syarat saat ini</translation>
    </message>
    <message>
        <source>Distance to the walk-away</source>
        <translation>Jarak ke harga batas bawah</translation>
    </message>
    <message>
        <source>Next planned concession</source>
        <translation>Konsesi berikutnya yang direncanakan</translation>
    </message>
</context>
<context>
    <name>Sepakat::RateTableModel</name>
    <message>
        <source>“%1” is not a known currency code.</source>
        <translation>“%1” bukan kode mata uang yang dikenal.</translation>
    </message>
    <message>
        <source>%1 is the book currency; it needs no rate.</source>
        <translation>%1 adalah mata uang buku; tidak perlu kurs.</translation>
    </message>
    <message>
        <source>%1 has two rates; keep one.</source>
        <translation>%1 punya dua kurs; simpan satu saja.</translation>
    </message>
    <message>
        <source>The rate for %1 must be a number above zero with at most 6 decimals, such as %2.</source>
        <translation>Kurs untuk %1 harus berupa angka di atas nol dengan paling banyak 6 desimal, misalnya %2.</translation>
    </message>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>Rate in %1</source>
        <translation>Kurs dalam %1</translation>
    </message>
</context>
<context>
    <name>Sepakat::Report</name>
    <message>
        <source>Proposal %1: %2</source>
        <translation>Proposal %1: %2</translation>
    </message>
    <message>
        <source>Proposal for %1</source>
        <translation>Proposal untuk %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal Penawaran</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Disiapkan untuk</translation>
    </message>
    <message>
        <source>Attn. %1</source>
        <translation>Up. %1</translation>
    </message>
    <message>
        <source>Proposal number</source>
        <translation>Nomor proposal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku hingga</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Disiapkan oleh</translation>
    </message>
    <message>
        <source>Tax number %1</source>
        <translation>NPWP %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message numerus="yes">
        <source>In our conversations you described %n pressing need(s); the most pressing is: %1.</source>
        <translation>
            <numerusform>Dalam pembicaraan kita, Anda menyampaikan %n kebutuhan mendesak; yang paling mendesak: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Together they cost you about %1 hours of work and %2 every month.</source>
        <translation>Semuanya menghabiskan sekitar %1 jam kerja dan %2 setiap bulan.</translation>
    </message>
    <message>
        <source>Together they cost you about %1 hours of work every month.</source>
        <translation>Semuanya menghabiskan sekitar %1 jam kerja setiap bulan.</translation>
    </message>
    <message>
        <source>Together they cost you about %1 every month.</source>
        <translation>Semuanya menghabiskan sekitar %1 setiap bulan.</translation>
    </message>
    <message>
        <source>With this proposal we expect you to save %1 and %2 hours of work a year.</source>
        <translation>Dengan proposal ini kami memperkirakan Anda menghemat %1 dan %2 jam kerja per tahun.</translation>
    </message>
    <message>
        <source>Your investment of %1 pays for itself in month %2.</source>
        <translation>Investasi Anda sebesar %1 kembali modal pada bulan ke-%2.</translation>
    </message>
    <message>
        <source>This proposal answers each of them, for a total investment of %1.</source>
        <translation>Proposal ini menjawab semuanya, dengan total investasi %1.</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>Total investasi</translation>
    </message>
    <message>
        <source>Saved per year</source>
        <translation>Penghematan per tahun</translation>
    </message>
    <message>
        <source>Pays for itself</source>
        <translation>Balik modal</translation>
    </message>
    <message>
        <source>in month %1</source>
        <translation>pada bulan ke-%1</translation>
    </message>
    <message numerus="yes">
        <source>not within %n month(s)</source>
        <translation>
            <numerusform>tidak dalam %n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Your most pressing needs</source>
        <translation>Kebutuhan Anda yang paling mendesak</translation>
    </message>
    <message>
        <source>Your need</source>
        <translation>Kebutuhan Anda</translation>
    </message>
    <message>
        <source>How we answer it</source>
        <translation>Jawaban kami</translation>
    </message>
    <message>
        <source>Your value case</source>
        <translation>Manfaat bagi Anda</translation>
    </message>
    <message>
        <source>Conservative scenario</source>
        <translation>Skenario konservatif</translation>
    </message>
    <message>
        <source>Optimistic scenario</source>
        <translation>Skenario optimistis</translation>
    </message>
    <message>
        <source>Expected scenario</source>
        <translation>Skenario yang diharapkan</translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n month(s): your savings to date against what you pay, this proposal&apos;s price included.</source>
        <translation>
            <numerusform>%1, selama %n bulan: penghematan Anda sampai saat itu dibandingkan biaya yang Anda bayar, termasuk harga proposal ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Imbal hasil investasi (ROI)</translation>
    </message>
    <message>
        <source>Money saved per year</source>
        <translation>Penghematan uang per tahun</translation>
    </message>
    <message>
        <source>Hours saved per year</source>
        <translation>Penghematan jam kerja per tahun</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Diskon %1</translation>
    </message>
    <message>
        <source>Total before tax</source>
        <translation>Total sebelum pajak</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Pajak %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>All amounts in %1.</source>
        <translation>Semua nilai dalam %1.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Ketentuan</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Tidak termasuk</translation>
    </message>
    <message>
        <source>Standard support, business hours</source>
        <translation>Dukungan standar, pada jam kerja</translation>
    </message>
    <message>
        <source>Priority support, fastest response</source>
        <translation>Dukungan prioritas, respons tercepat</translation>
    </message>
    <message>
        <source>A dedicated support team</source>
        <translation>Tim dukungan khusus</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>On receipt of the invoice</source>
        <translation>Saat faktur diterima</translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s) of the invoice</source>
        <translation>
            <numerusform>Paling lambat %n hari setelah faktur</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>On signing</source>
        <translation>Saat penandatanganan</translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s) of signing</source>
        <translation>
            <numerusform>Paling lambat %n hari setelah penandatanganan</numerusform>
        </translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Dukungan</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garansi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract length</source>
        <translation>Masa kontrak</translation>
    </message>
    <message>
        <source>This proposal is valid until</source>
        <translation>Proposal ini berlaku hingga</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Signed by both parties, this proposal with its prices and terms becomes our agreement.</source>
        <translation>Setelah ditandatangani kedua belah pihak, proposal ini beserta harga dan ketentuannya menjadi kesepakatan kita.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Atas nama %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Proposal %1 for %2</source>
        <translation>Proposal %1 untuk %2</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Berlaku hingga %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation>Uang dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Savings to date</source>
        <translation>Penghematan sampai saat ini</translation>
    </message>
    <message>
        <source>Costs to date, price included</source>
        <translation>Biaya sampai saat ini, termasuk harga</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>pays for itself in month %1</source>
        <translation>balik modal pada bulan ke-%1</translation>
    </message>
    <message>
        <source>does not pay for itself within %1 months</source>
        <translation>belum balik modal dalam %1 bulan</translation>
    </message>
</context>
<context>
    <name>Sepakat::ReviewFileDialogs</name>
    <message>
        <source>Review packages (*.%1)</source>
        <translation>Paket tinjauan (*.%1)</translation>
    </message>
    <message>
        <source>Decision files (*.%1)</source>
        <translation>Berkas keputusan (*.%1)</translation>
    </message>
    <message>
        <source>File not written</source>
        <translation>Berkas tidak ditulis</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>File not read</source>
        <translation>Berkas tidak dibaca</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 round %2</source>
        <translation>%1 putaran %2</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Kirim untuk ditinjau</translation>
    </message>
    <message>
        <source>Review package written</source>
        <translation>Paket tinjauan ditulis</translation>
    </message>
    <message>
        <source>Send %1 to the manager. It holds internal numbers (walk-away, costs, margins): never send it to the customer. Their decision file comes back through Import decision.</source>
        <translation>Kirim %1 ke manajer. Berkas ini berisi angka internal (harga batas bawah, biaya, margin): jangan pernah kirim ke pelanggan. Berkas keputusan manajer kembali lewat Impor keputusan.</translation>
    </message>
    <message>
        <source>Open review package</source>
        <translation>Buka paket tinjauan</translation>
    </message>
    <message>
        <source>Review package not opened</source>
        <translation>Paket tinjauan tidak dibuka</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Return decision</source>
        <translation>Kembalikan keputusan</translation>
    </message>
    <message>
        <source>Decision written</source>
        <translation>Keputusan ditulis</translation>
    </message>
    <message>
        <source>Send %1 back to the salesperson, who imports it into the deal book.</source>
        <translation>Kirim %1 kembali ke tenaga penjual, yang mengimpornya ke buku transaksi.</translation>
    </message>
    <message>
        <source>Import decision</source>
        <translation>Impor keputusan</translation>
    </message>
    <message>
        <source>Decision not imported</source>
        <translation>Keputusan tidak diimpor</translation>
    </message>
    <message>
        <source>Decision imported</source>
        <translation>Keputusan diimpor</translation>
    </message>
    <message>
        <source>Round %1 of “%2” is %3 by %4.</source>
        <translation>Putaran %1 dari “%2” %3 oleh %4.</translation>
    </message>
</context>
<context>
    <name>Sepakat::ReviewFiles</name>
    <message>
        <source>The decision does not name the review request it answers.</source>
        <translation>Keputusan tidak menyebut permintaan tinjauan yang dijawabnya.</translation>
    </message>
    <message>
        <source>The decision does not name its deal.</source>
        <translation>Keputusan tidak menyebut transaksinya.</translation>
    </message>
    <message>
        <source>The decision does not name its offer.</source>
        <translation>Keputusan tidak menyebut penawarannya.</translation>
    </message>
    <message>
        <source>The offer round must be 1 or more.</source>
        <translation>Putaran penawaran harus 1 atau lebih.</translation>
    </message>
    <message>
        <source>The content hash must be 64 lowercase hexadecimal digits.</source>
        <translation>Hash isi harus berupa 64 digit heksadesimal huruf kecil.</translation>
    </message>
    <message>
        <source>A decision approves or rejects.</source>
        <translation>Keputusan berupa menyetujui atau menolak.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s name is needed.</source>
        <translation>Nama peninjau diperlukan.</translation>
    </message>
    <message>
        <source>A rejection needs a comment: what should change?</source>
        <translation>Penolakan perlu komentar: apa yang harus diubah?</translation>
    </message>
    <message>
        <source>The decision needs its date and time.</source>
        <translation>Keputusan perlu tanggal dan waktunya.</translation>
    </message>
    <message>
        <source>its checksum does not match its content (it was changed or damaged after it was written)</source>
        <translation>checksum-nya tidak cocok dengan isinya (berkas diubah atau rusak setelah ditulis)</translation>
    </message>
    <message>
        <source>The file is damaged or not a Sepakat file: %1 at byte %2.</source>
        <translation>Berkas rusak atau bukan berkas Sepakat: %1 pada bita ke-%2.</translation>
    </message>
    <message>
        <source>The file is damaged or not a Sepakat file.</source>
        <translation>Berkas rusak atau bukan berkas Sepakat.</translation>
    </message>
    <message>
        <source>The file is not a %1 file.</source>
        <translation>Berkas ini bukan berkas %1.</translation>
    </message>
    <message>
        <source>The file is a %1 file, not a %2 file.</source>
        <translation>Berkas ini berkas %1, bukan berkas %2.</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <translation>tidak ada versi format yang sah</translation>
    </message>
    <message>
        <source>The file was written by a newer Sepakat (format version %1); this Sepakat reads version %2. Update Sepakat to open it.</source>
        <translation>Berkas ini ditulis oleh Sepakat yang lebih baru (format versi %1); Sepakat ini membaca versi %2. Perbarui Sepakat untuk membukanya.</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete: %1.</source>
        <translation>Berkas rusak atau tidak lengkap: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>harus berupa %1</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>harus berupa bilangan bulat</translation>
    </message>
    <message>
        <source>must be a whole number written as text</source>
        <translation>harus berupa bilangan bulat yang ditulis sebagai teks</translation>
    </message>
    <message>
        <source>must be a date like 2025-03-31</source>
        <translation>harus berupa tanggal seperti 2025-03-31</translation>
    </message>
    <message>
        <source>must be a time like 2025-03-31T09:00:00.000Z</source>
        <translation>harus berupa waktu seperti 2025-03-31T09:00:00.000Z</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 harus berupa objek</translation>
    </message>
    <message>
        <source>the offer round under review is not in it</source>
        <translation>putaran penawaran yang ditinjau tidak ada di dalamnya</translation>
    </message>
    <message>
        <source>the offer round under review does not match its content hash (it was changed after the package was written)</source>
        <translation>putaran penawaran yang ditinjau tidak cocok dengan hash isinya (diubah setelah paket ditulis)</translation>
    </message>
</context>
<context>
    <name>Sepakat::ReviewPage</name>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Jangka pembayaran</translation>
    </message>
    <message>
        <source>Below the walk-away</source>
        <translation>Di bawah harga batas bawah</translation>
    </message>
    <message>
        <source>Nothing asked in return</source>
        <translation>Tanpa meminta imbalan</translation>
    </message>
    <message>
        <source>No offer is waiting for approval. Offers that break the approval policy come here when a salesperson submits them.</source>
        <translation>Tidak ada penawaran yang menunggu persetujuan. Penawaran yang melanggar kebijakan persetujuan masuk ke sini saat tenaga penjual mengajukannya.</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) waiting for approval. Enter or a double click opens one.</source>
        <translation>
            <numerusform>%n penawaran menunggu persetujuan. Enter atau klik ganda untuk membukanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n offer(s) waiting for approval shown.</source>
        <translation>
            <numerusform>%1 dari %n penawaran yang menunggu persetujuan ditampilkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a manager decides: set your role to Manager in Settings &gt; Your profile.</source>
        <translation>Hanya manajer yang memutuskan: ubah peran Anda menjadi Manajer di Pengaturan &gt; Profil Anda.</translation>
    </message>
    <message>
        <source>This deal book is open read-only.</source>
        <translation>Buku transaksi ini dibuka hanya-baca.</translation>
    </message>
    <message>
        <source>&amp;Approve and return…</source>
        <translation>&amp;Setujui dan kembalikan…</translation>
    </message>
    <message>
        <source>&amp;Reject and return…</source>
        <translation>&amp;Tolak dan kembalikan…</translation>
    </message>
    <message>
        <source>No decision made</source>
        <translation>Tidak ada keputusan</translation>
    </message>
    <message>
        <source>Round %1 of “%2” %3.</source>
        <translation>Putaran %1 dari “%2” %3.</translation>
    </message>
    <message>
        <source>Offers waiting for approval</source>
        <translation>Penawaran yang menunggu persetujuan</translation>
    </message>
    <message>
        <source>Search deal, customer, owner or rule</source>
        <translation>Cari transaksi, pelanggan, pemilik, atau aturan</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Semua aturan</translation>
    </message>
    <message>
        <source>Open review package…</source>
        <translation>Buka paket tinjauan…</translation>
    </message>
    <message>
        <source>Review a package a salesperson sent from another computer</source>
        <translation>Tinjau paket yang dikirim tenaga penjual dari komputer lain</translation>
    </message>
    <message>
        <source>Import decision…</source>
        <translation>Impor keputusan…</translation>
    </message>
    <message>
        <source>Apply a manager&apos;s decision file to this deal book</source>
        <translation>Terapkan berkas keputusan manajer ke buku transaksi ini</translation>
    </message>
</context>
<context>
    <name>Sepakat::ReviewQueueModel</name>
    <message>
        <source>%1 · round %2</source>
        <translation>%1 · putaran %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Pemilik: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Rules broken</source>
        <translation>Aturan yang dilanggar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
</context>
<context>
    <name>Sepakat::ReviewSheet</name>
    <message>
        <source>Deciding as %1 (your profile in Settings)</source>
        <translation>Memutuskan sebagai %1 (profil Anda di Pengaturan)</translation>
    </message>
    <message>
        <source>A rejection needs a comment: say what should change.</source>
        <translation>Penolakan perlu komentar: sebutkan apa yang harus diubah.</translation>
    </message>
    <message>
        <source>%1 · %2 · round %3</source>
        <translation>%1 · %2 · putaran %3</translation>
    </message>
    <message>
        <source>Submitted %1 · owner %2</source>
        <translation>Diajukan %1 · pemilik %2</translation>
    </message>
    <message>
        <source>Note: “%1”</source>
        <translation>Catatan: “%1”</translation>
    </message>
    <message>
        <source>Rules broken</source>
        <translation>Aturan yang dilanggar</translation>
    </message>
    <message>
        <source>none under today&apos;s policy</source>
        <translation>tidak ada menurut kebijakan saat ini</translation>
    </message>
    <message>
        <source>List value</source>
        <translation>Nilai daftar harga</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <source>Net before tax</source>
        <translation>Neto sebelum pajak</translation>
    </message>
    <message>
        <source>Total with tax</source>
        <translation>Total termasuk pajak</translation>
    </message>
    <message>
        <source>Cost (internal)</source>
        <translation>Biaya (internal)</translation>
    </message>
    <message>
        <source>Margin (internal)</source>
        <translation>Margin (internal)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Dukungan</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garansi</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku hingga</translation>
    </message>
    <message>
        <source>No plan: walk-away, target and opening are not set.</source>
        <translation>Belum ada rencana: harga batas bawah, target, dan harga pembuka belum diisi.</translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation>Harga batas bawah</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Harga pembuka</translation>
    </message>
    <message>
        <source>Our BATNA</source>
        <translation>BATNA kami</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>No value case yet.</source>
        <translation>Belum ada analisis nilai.</translation>
    </message>
    <message numerus="yes">
        <source>Benefit over %n month(s)</source>
        <translation>
            <numerusform>Manfaat selama %n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Balik modal</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>tidak dalam jangka waktu analisis</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Nilai kini bersih</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Kembali ke antrean</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Tolak</translation>
    </message>
    <message>
        <source>Comment for the salesperson (required to reject): what should change?</source>
        <translation>Komentar untuk tenaga penjual (wajib untuk menolak): apa yang harus diubah?</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Plan (internal)</source>
        <translation>Rencana (internal)</translation>
    </message>
    <message>
        <source>Concession log</source>
        <translation>Catatan konsesi</translation>
    </message>
    <message>
        <source>Value case (expected)</source>
        <translation>Analisis nilai (perkiraan)</translation>
    </message>
</context>
<context>
    <name>Sepakat::SavingsItemsModel</name>
    <message>
        <source>Money per month once fully ramped up, expected scenario</source>
        <translation>Uang per bulan setelah berjalan penuh, skenario perkiraan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Penghematan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Hours / month</source>
        <translation>Jam / bulan</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarif per jam</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>Terealisasi</translation>
    </message>
    <message>
        <source>Amount / month</source>
        <translation>Nilai / bulan</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Mulai bulan</translation>
    </message>
    <message>
        <source>Ramp-up</source>
        <translation>Masa transisi</translation>
    </message>
    <message>
        <source>Money / month</source>
        <translation>Uang / bulan</translation>
    </message>
    <message>
        <source>Hours per month: type a number of hours such as 12 or 2.5.</source>
        <translation>Jam per bulan: ketik jumlah jam seperti 12 atau 2,5.</translation>
    </message>
    <message>
        <source>From month: type a whole month number, 1 or later.</source>
        <translation>Mulai bulan: ketik nomor bulan bulat, 1 atau lebih.</translation>
    </message>
    <message>
        <source>Ramp-up: type a whole number of months, 0 for none.</source>
        <translation>Masa transisi: ketik jumlah bulan bulat, 0 bila tidak ada.</translation>
    </message>
</context>
<context>
    <name>Sepakat::SavingsKind</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Uang</translation>
    </message>
</context>
<context>
    <name>Sepakat::Screenshot</name>
    <message>
        <source>Unknown view &quot;%1&quot;; the views are: %2.</source>
        <translation>Tampilan &quot;%1&quot; tidak dikenal; tampilan yang ada: %2.</translation>
    </message>
    <message>
        <source>A screenshot must be from %1×%2 to %3×%4 pixels, not %5×%6.</source>
        <translation>Tangkapan layar harus berukuran %1×%2 sampai %3×%4 piksel, bukan %5×%6.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the languages are: %2.</source>
        <translation>Bahasa &quot;%1&quot; tidak dikenal; bahasa yang ada: %2.</translation>
    </message>
    <message>
        <source>Screenshots need a graphical application.</source>
        <translation>Tangkapan layar memerlukan aplikasi grafis.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>The deal book has nothing to show in the view &quot;%1&quot;.</source>
        <translation>Buku transaksi tidak punya apa pun untuk ditampilkan di tampilan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown worksheet page &quot;%1&quot;; the pages are: %2.</source>
        <translation>Halaman lembar kerja &quot;%1&quot; tidak dikenal; halaman yang ada: %2.</translation>
    </message>
</context>
<context>
    <name>Sepakat::SettingsPage</name>
    <message>
        <source>Your name is needed: the deal book records who made each change.</source>
        <translation>Nama Anda diperlukan: buku transaksi mencatat siapa yang membuat setiap perubahan.</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
    <message>
        <source>Deal book settings saved.</source>
        <translation>Pengaturan buku transaksi disimpan.</translation>
    </message>
    <message>
        <source>Choose company logo</source>
        <translation>Pilih logo perusahaan</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB; please choose a smaller image.</source>
        <translation>Logo lebih besar dari 1 MB; silakan pilih gambar yang lebih kecil.</translation>
    </message>
    <message>
        <source>%1 is not an image Sepakat can read.</source>
        <translation>%1 bukan gambar yang dapat dibaca Sepakat.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>No deal book is open.</source>
        <translation>Tidak ada buku transaksi yang terbuka.</translation>
    </message>
    <message>
        <source>This deal book is open read-only, so its settings cannot be changed.</source>
        <translation>Buku transaksi ini dibuka hanya-baca, jadi pengaturannya tidak dapat diubah.</translation>
    </message>
    <message>
        <source>This deal book is open read-only, so its settings cannot be changed: %1</source>
        <translation>Buku transaksi ini dibuka hanya-baca, jadi pengaturannya tidak dapat diubah: %1</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Profil Anda</translation>
    </message>
    <message>
        <source>Kept for your user account on this computer. Your name goes into the history of every deal book you change.</source>
        <translation>Disimpan untuk akun pengguna Anda di komputer ini. Nama Anda tercatat dalam riwayat setiap buku transaksi yang Anda ubah.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>Simpan p&amp;rofil</translation>
    </message>
    <message>
        <source>This deal book</source>
        <translation>Buku transaksi ini</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>Nama per&amp;usahaan:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>Tax &amp;number (NPWP):</source>
        <translation>N&amp;PWP:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Book c&amp;urrency:</source>
        <translation>&amp;Mata uang buku:</translation>
    </message>
    <message>
        <source>Default &amp;tax (%):</source>
        <translation>Pa&amp;jak bawaan (%):</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Hap&amp;us</translation>
    </message>
    <message>
        <source>e.g. 11</source>
        <translation>mis. 11</translation>
    </message>
    <message>
        <source>Save book settin&amp;gs</source>
        <translation>&amp;Simpan pengaturan buku</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>E&amp;xchange rates:</source>
        <translation>K&amp;urs mata uang:</translation>
    </message>
    <message>
        <source>Deals in other currencies count in the pipeline totals at these rates; a deal whose currency has no rate is counted apart.</source>
        <translation>Transaksi dalam mata uang lain dihitung dalam total alur penjualan dengan kurs ini; transaksi yang mata uangnya tidak punya kurs dihitung terpisah.</translation>
    </message>
    <message>
        <source>Add r&amp;ate</source>
        <translation>Tambah k&amp;urs</translation>
    </message>
    <message>
        <source>Remove ra&amp;te</source>
        <translation>Hapus ku&amp;rs</translation>
    </message>
    <message>
        <source>Approval policy</source>
        <translation>Kebijakan persetujuan</translation>
    </message>
    <message>
        <source>An offer beyond these limits needs a manager&apos;s approval before a proposal goes to the customer. A price below the walk-away and a concession given with nothing asked in return always need it.</source>
        <translation>Penawaran yang melewati batas ini perlu persetujuan manajer sebelum proposal dikirim ke pelanggan. Harga di bawah harga batas bawah dan konsesi yang diberikan tanpa meminta imbalan selalu memerlukannya.</translation>
    </message>
    <message>
        <source>&amp;Largest discount without approval (%):</source>
        <translation>&amp;Diskon terbesar tanpa persetujuan (%):</translation>
    </message>
    <message>
        <source>Smallest ma&amp;rgin without approval (%):</source>
        <translation>Mar&amp;gin terkecil tanpa persetujuan (%):</translation>
    </message>
    <message>
        <source>Long&amp;est payment term without approval:</source>
        <translation>Jangka pem&amp;bayaran terlama tanpa persetujuan:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>e.g. 15</source>
        <translation>mis. 15</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>mis. 25</translation>
    </message>
</context>
<context>
    <name>Sepakat::ShortcutsDialog</name>
    <message>
        <source>New deal</source>
        <translation>Transaksi baru</translation>
    </message>
    <message>
        <source>New deal book</source>
        <translation>Buku transaksi baru</translation>
    </message>
    <message>
        <source>Open a deal book</source>
        <translation>Buka buku transaksi</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Impor dari CSV</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Ekspor ke CSV</translation>
    </message>
    <message>
        <source>Export the proposal</source>
        <translation>Ekspor proposal</translation>
    </message>
    <message>
        <source>Export the internal worksheet</source>
        <translation>Ekspor lembar kerja internal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Go to a page, Pipeline to Settings</source>
        <translation>Buka halaman, Alur Penjualan s.d. Pengaturan</translation>
    </message>
    <message>
        <source>Search the page in view</source>
        <translation>Cari di halaman yang tampil</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Move the selected deals a stage left</source>
        <translation>Geser transaksi terpilih satu tahap ke kiri</translation>
    </message>
    <message>
        <source>Move the selected deals a stage right</source>
        <translation>Geser transaksi terpilih satu tahap ke kanan</translation>
    </message>
    <message>
        <source>Open the selected deal</source>
        <translation>Buka transaksi terpilih</translation>
    </message>
    <message>
        <source>Back to the pipeline</source>
        <translation>Kembali ke alur penjualan</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Tab berikutnya</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Tab sebelumnya</translation>
    </message>
    <message>
        <source>Go to tab 1 to 8</source>
        <translation>Buka tab ke-1 s.d. ke-8</translation>
    </message>
    <message>
        <source>Present to the customer</source>
        <translation>Presentasikan ke pelanggan</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Tambah kebutuhan</translation>
    </message>
    <message>
        <source>Remove the selected need</source>
        <translation>Hapus kebutuhan terpilih</translation>
    </message>
    <message>
        <source>Move the need up</source>
        <translation>Naikkan kebutuhan</translation>
    </message>
    <message>
        <source>Move the need down</source>
        <translation>Turunkan kebutuhan</translation>
    </message>
    <message>
        <source>Add a saving</source>
        <translation>Tambah penghematan</translation>
    </message>
    <message>
        <source>Remove the selected saving</source>
        <translation>Hapus penghematan terpilih</translation>
    </message>
    <message>
        <source>New offer round</source>
        <translation>Putaran penawaran baru</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Hapus baris terpilih</translation>
    </message>
    <message>
        <source>Add a tradeable</source>
        <translation>Tambah bahan tukar</translation>
    </message>
    <message>
        <source>Log a concession</source>
        <translation>Catat konsesi</translation>
    </message>
    <message>
        <source>Remove the selected tradeable</source>
        <translation>Hapus bahan tukar terpilih</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Halaman pertama</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Halaman terakhir</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Akhiri presentasi</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Alur Penjualan</translation>
    </message>
    <message>
        <source>Deal worksheet</source>
        <translation>Lembar kerja transaksi</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation>Konsesi</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentasi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
</context>
<context>
    <name>Sepakat::Stage</name>
    <message>
        <source>Prospect</source>
        <translation>Prospek</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Terkualifikasi</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negosiasi</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Menang</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kalah</translation>
    </message>
    <message>
        <source>%1: the probability must be between 0 and 100 %.</source>
        <translation>%1: probabilitas harus antara 0 dan 100 %.</translation>
    </message>
    <message>
        <source>%1: days until stale must be between 0 and 3650.</source>
        <translation>%1: hari hingga basi harus antara 0 dan 3650.</translation>
    </message>
</context>
<context>
    <name>Sepakat::StageColumn</name>
    <message>
        <source>too large to add up</source>
        <translation>terlalu besar untuk dijumlahkan</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>Tertimbang %1</translation>
    </message>
    <message>
        <source>Total value: %1</source>
        <translation>Nilai total: %1</translation>
    </message>
    <message>
        <source>Weighted value (value × probability): %1</source>
        <translation>Nilai tertimbang (nilai × probabilitas): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n in other currencies without a rate (%1): not in the totals</source>
        <translation>
            <numerusform>%n dalam mata uang lain tanpa kurs (%1): tidak masuk total</numerusform>
        </translation>
    </message>
    <message>
        <source>Add exchange rates to %1 in Settings to include them.</source>
        <translation>Tambahkan kurs ke %1 di Pengaturan agar ikut dihitung.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) shown</source>
        <translation>
            <numerusform>%n transaksi ditampilkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sepakat::StageMover</name>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Pindahkan “%1” ke %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deal(s) to %1</source>
        <translation>
            <numerusform>Pindahkan %n transaksi ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Pindahkan transaksi</translation>
    </message>
    <message>
        <source>This deal book is open read-only, so deals cannot be moved.</source>
        <translation>Buku transaksi ini dibuka hanya-baca, jadi transaksi tidak dapat dipindahkan.</translation>
    </message>
    <message numerus="yes">
        <source>Reopen the closed deals among these %n and move them to %1?</source>
        <translation>
            <numerusform>Buka kembali transaksi yang sudah ditutup di antara %n transaksi ini dan pindahkan ke %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen deal</source>
        <translation>Buka kembali transaksi</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
</context>
<context>
    <name>Sepakat::StageTableModel</name>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: days until stale must be a whole number of days.</source>
        <translation>%1: hari hingga basi harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitas</translation>
    </message>
    <message>
        <source>Days until stale</source>
        <translation>Hari hingga basi</translation>
    </message>
</context>
<context>
    <name>Sepakat::Storage</name>
    <message numerus="yes">
        <source>%1 cannot be removed while %n deal(s) refer to it. Remove those deals or move them to another customer first.</source>
        <translation>
            <numerusform>%1 tidak dapat dihapus selama %n transaksi masih merujuk kepadanya. Hapus transaksi tersebut atau pindahkan ke pelanggan lain terlebih dahulu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n savings item(s)</source>
        <translation>
            <numerusform>%n butir penghematan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n kebutuhan</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Putaran %1: %2</translation>
    </message>
    <message>
        <source> — note: “%1”</source>
        <translation> — catatan: “%1”</translation>
    </message>
    <message>
        <source>Round %1 approved by %2</source>
        <translation>Putaran %1 disetujui oleh %2</translation>
    </message>
    <message>
        <source>Round %1 approved by %2: “%3”</source>
        <translation>Putaran %1 disetujui oleh %2: “%3”</translation>
    </message>
    <message>
        <source>Round %1 rejected by %2: “%3”</source>
        <translation>Putaran %1 ditolak oleh %2: “%3”</translation>
    </message>
    <message>
        <source>Round %1: approval voided by change</source>
        <translation>Putaran %1: persetujuan batal karena perubahan</translation>
    </message>
    <message>
        <source>An audit event needs an entity and an action.</source>
        <translation>Catatan audit memerlukan entitas dan tindakan.</translation>
    </message>
    <message>
        <source>Recording the change in the history</source>
        <translation>Mencatat perubahan dalam riwayat</translation>
    </message>
    <message>
        <source>Saving the customer</source>
        <translation>Menyimpan pelanggan</translation>
    </message>
    <message>
        <source>Saving the customer&apos;s contacts</source>
        <translation>Menyimpan kontak pelanggan</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Pelanggan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Removing the customer</source>
        <translation>Menghapus pelanggan</translation>
    </message>
    <message>
        <source>The deal&apos;s customer does not exist in this deal book.</source>
        <translation>Pelanggan transaksi ini tidak ada di buku transaksi ini.</translation>
    </message>
    <message>
        <source>Saving the deal</source>
        <translation>Menyimpan transaksi</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>Transaksi ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Removing the deal</source>
        <translation>Menghapus transaksi</translation>
    </message>
    <message>
        <source>The SKU is required.</source>
        <translation>SKU wajib diisi.</translation>
    </message>
    <message>
        <source>The unit cost must be in the same currency as the unit price.</source>
        <translation>Biaya satuan harus dalam mata uang yang sama dengan harga satuan.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by %2.</source>
        <translation>SKU %1 sudah dipakai oleh %2.</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>Menyimpan produk</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Produk ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Deactivating the product</source>
        <translation>Menonaktifkan produk</translation>
    </message>
    <message>
        <source>Removing the product</source>
        <translation>Menghapus produk</translation>
    </message>
    <message>
        <source>The deal of this worksheet does not exist in this deal book.</source>
        <translation>Transaksi untuk lembar kerja ini tidak ada di buku transaksi ini.</translation>
    </message>
    <message>
        <source>Saving the deal book settings</source>
        <translation>Menyimpan pengaturan buku transaksi</translation>
    </message>
    <message>
        <source>Saving the stage table</source>
        <translation>Menyimpan tabel tahap</translation>
    </message>
    <message>
        <source>Saving the exchange rates</source>
        <translation>Menyimpan kurs</translation>
    </message>
    <message>
        <source>All amounts of a plan must be in the same currency.</source>
        <translation>Semua jumlah dalam rencana harus dalam mata uang yang sama.</translation>
    </message>
    <message>
        <source>Saving the plan</source>
        <translation>Menyimpan rencana</translation>
    </message>
    <message>
        <source>Saving the objections</source>
        <translation>Menyimpan keberatan</translation>
    </message>
    <message>
        <source>Saving the tradeable</source>
        <translation>Menyimpan bahan tawar-menawar</translation>
    </message>
    <message>
        <source>This tradeable no longer exists.</source>
        <translation>Bahan tawar-menawar ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Removing the tradeable</source>
        <translation>Menghapus bahan tawar-menawar</translation>
    </message>
    <message>
        <source>Recording the concession</source>
        <translation>Mencatat konsesi</translation>
    </message>
    <message>
        <source>This concession no longer exists.</source>
        <translation>Konsesi ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Removing the concession</source>
        <translation>Menghapus konsesi</translation>
    </message>
    <message>
        <source>Saving the value case</source>
        <translation>Menyimpan analisis nilai</translation>
    </message>
    <message>
        <source>Saving the savings items</source>
        <translation>Menyimpan butir penghematan</translation>
    </message>
    <message>
        <source>Removing the value case</source>
        <translation>Menghapus perhitungan nilai</translation>
    </message>
    <message>
        <source>Reading the deal&apos;s needs</source>
        <translation>Membaca kebutuhan transaksi</translation>
    </message>
    <message>
        <source>Removing a need</source>
        <translation>Menghapus kebutuhan</translation>
    </message>
    <message>
        <source>Saving a need</source>
        <translation>Menyimpan kebutuhan</translation>
    </message>
    <message>
        <source>This offer round no longer exists.</source>
        <translation>Putaran penawaran ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Removing the offer round</source>
        <translation>Menghapus putaran penawaran</translation>
    </message>
    <message>
        <source>Line %1 is not in the offer&apos;s currency (%2).</source>
        <translation>Baris %1 tidak dalam mata uang penawaran (%2).</translation>
    </message>
    <message>
        <source>This deal already has an offer version %1.</source>
        <translation>Transaksi ini sudah memiliki penawaran versi %1.</translation>
    </message>
    <message>
        <source>Saving the offer</source>
        <translation>Menyimpan penawaran</translation>
    </message>
    <message>
        <source>Saving the offer&apos;s lines</source>
        <translation>Menyimpan baris penawaran</translation>
    </message>
    <message>
        <source>The offer to approve does not exist in this deal book.</source>
        <translation>Penawaran yang akan disetujui tidak ada di buku transaksi ini.</translation>
    </message>
    <message>
        <source>Saving the approval</source>
        <translation>Menyimpan persetujuan</translation>
    </message>
    <message>
        <source>Adding a customer</source>
        <translation>Menambahkan pelanggan</translation>
    </message>
    <message>
        <source>Adding a contact</source>
        <translation>Menambahkan kontak</translation>
    </message>
    <message>
        <source>Adding a product</source>
        <translation>Menambahkan produk</translation>
    </message>
    <message>
        <source>Adding a deal</source>
        <translation>Menambahkan deal</translation>
    </message>
    <message>
        <source>Writing the demo catalog</source>
        <translation>Menulis katalog demo</translation>
    </message>
    <message>
        <source>Writing the demo customers</source>
        <translation>Menulis pelanggan demo</translation>
    </message>
    <message>
        <source>Writing the demo contacts</source>
        <translation>Menulis kontak demo</translation>
    </message>
    <message>
        <source>Writing the demo history</source>
        <translation>Menulis riwayat demo</translation>
    </message>
    <message>
        <source>Writing the demo deals</source>
        <translation>Menulis transaksi demo</translation>
    </message>
    <message>
        <source>Writing the demo needs</source>
        <translation>Menulis kebutuhan demo</translation>
    </message>
    <message>
        <source>Writing the demo offers</source>
        <translation>Menulis penawaran demo</translation>
    </message>
    <message>
        <source>Writing the demo offer lines</source>
        <translation>Menulis baris penawaran demo</translation>
    </message>
    <message>
        <source>Writing the demo approvals</source>
        <translation>Menulis persetujuan demo</translation>
    </message>
    <message>
        <source>Writing the demo plans</source>
        <translation>Menulis rencana demo</translation>
    </message>
    <message>
        <source>Writing the demo objections</source>
        <translation>Menulis keberatan demo</translation>
    </message>
    <message>
        <source>Writing the demo tradeables</source>
        <translation>Menulis bahan tawar-menawar demo</translation>
    </message>
    <message>
        <source>Writing the demo concessions</source>
        <translation>Menulis konsesi demo</translation>
    </message>
    <message>
        <source>Writing the demo value cases</source>
        <translation>Menulis analisis nilai demo</translation>
    </message>
    <message>
        <source>Writing the demo savings</source>
        <translation>Menulis penghematan demo</translation>
    </message>
    <message>
        <source>Preparing to add deals</source>
        <translation>Menyiapkan penambahan deal</translation>
    </message>
    <message>
        <source>Indexing the new deals</source>
        <translation>Mengindeks deal baru</translation>
    </message>
</context>
<context>
    <name>Sepakat::SupportLevel</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standar</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Khusus</translation>
    </message>
</context>
<context>
    <name>Sepakat::TradeableEditCommand</name>
    <message>
        <source>Edit tradeable “%1”</source>
        <translation>Ubah bahan tukar “%1”</translation>
    </message>
</context>
<context>
    <name>Sepakat::TradeableKind</name>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Syarat pembayaran</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Dukungan</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garansi</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>Sepakat::TradeableStatus</name>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
    <message>
        <source>Traded</source>
        <translation>Ditukar</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
</context>
<context>
    <name>Sepakat::TradeablesModel</name>
    <message>
        <source>Given with nothing asked in return: ask for something back.</source>
        <translation>Diberikan tanpa meminta imbalan: mintalah sesuatu sebagai gantinya.</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Nothing asked in return</source>
        <translation>Tidak ada imbalan yang diminta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What we give</source>
        <translation>Yang kami berikan</translation>
    </message>
    <message>
        <source>Cost to us</source>
        <translation>Biaya bagi kami</translation>
    </message>
    <message>
        <source>Value to them</source>
        <translation>Nilai bagi mereka</translation>
    </message>
    <message>
        <source>What we ask in return</source>
        <translation>Yang kami minta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost to us: %1</source>
        <translation>Biaya bagi kami: %1</translation>
    </message>
</context>
<context>
    <name>Sepakat::UserProfile</name>
    <message>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Tenaga penjual</translation>
    </message>
</context>
<context>
    <name>Sepakat::Validation</name>
    <message>
        <source>Offer</source>
        <translation>Penawaran</translation>
    </message>
    <message>
        <source>Offer version</source>
        <translation>Versi penawaran</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>A decision needs the time it was made.</source>
        <translation>Keputusan memerlukan waktu pengambilannya.</translation>
    </message>
    <message>
        <source>A rejection needs a comment.</source>
        <translation>Penolakan memerlukan komentar.</translation>
    </message>
    <message>
        <source>The decision cannot be before the request.</source>
        <translation>Keputusan tidak boleh sebelum permintaan.</translation>
    </message>
    <message>
        <source>What we give</source>
        <translation>Yang kami berikan</translation>
    </message>
    <message>
        <source>Cost to us</source>
        <translation>Biaya bagi kami</translation>
    </message>
    <message>
        <source>Value to them</source>
        <translation>Nilai bagi mereka</translation>
    </message>
    <message>
        <source>Concession description</source>
        <translation>Uraian konsesi</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>%1 is in an unknown currency (%2).</source>
        <translation>%1 dalam mata uang yang tidak dikenal (%2).</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Perubahan harga</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nama kontak</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot; is not an email address.</source>
        <translation>Email &quot;%1&quot; bukan alamat email.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nama pelanggan</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontak %1</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Judul transaksi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Nilai transaksi</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitas</translation>
    </message>
    <message>
        <source>Budget score</source>
        <translation>Skor anggaran</translation>
    </message>
    <message>
        <source>Authority score</source>
        <translation>Skor wewenang</translation>
    </message>
    <message>
        <source>Need score</source>
        <translation>Skor kebutuhan</translation>
    </message>
    <message>
        <source>Timing score</source>
        <translation>Skor waktu</translation>
    </message>
    <message>
        <source>Proposal language must be English or Bahasa Indonesia.</source>
        <translation>Bahasa proposal harus bahasa Inggris atau Bahasa Indonesia.</translation>
    </message>
    <message>
        <source>Need description</source>
        <translation>Uraian kebutuhan</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>Hours lost per month cannot be negative.</source>
        <translation>Jam yang hilang per bulan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Money lost per month</source>
        <translation>Uang yang hilang per bulan</translation>
    </message>
    <message>
        <source>Line description</source>
        <translation>Uraian baris</translation>
    </message>
    <message>
        <source>Quantity must be more than zero.</source>
        <translation>Jumlah harus lebih dari nol.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Biaya satuan</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Diskon baris</translation>
    </message>
    <message>
        <source>%1 is in %2, but it must be in %3.</source>
        <translation>%1 dalam %2, padahal harus dalam %3.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Baris %1</translation>
    </message>
    <message>
        <source>Document discount</source>
        <translation>Diskon dokumen</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tarif pajak</translation>
    </message>
    <message>
        <source>Valid until cannot be before the offer date.</source>
        <translation>Tanggal berlaku hingga tidak boleh sebelum tanggal penawaran.</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>Jangka pembayaran (hari)</translation>
    </message>
    <message>
        <source>Delivery days</source>
        <translation>Waktu pengiriman (hari)</translation>
    </message>
    <message>
        <source>Warranty months</source>
        <translation>Masa garansi (bulan)</translation>
    </message>
    <message>
        <source>Contract months</source>
        <translation>Masa kontrak (bulan)</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>Harga target</translation>
    </message>
    <message>
        <source>Opening price</source>
        <translation>Harga pembuka</translation>
    </message>
    <message>
        <source>Walk-away price</source>
        <translation>Harga batas bawah</translation>
    </message>
    <message>
        <source>Value of our alternative</source>
        <translation>Nilai alternatif kami</translation>
    </message>
    <message>
        <source>Their alternative</source>
        <translation>Alternatif mereka</translation>
    </message>
    <message>
        <source>Their walk-away price</source>
        <translation>Harga batas mereka</translation>
    </message>
    <message>
        <source>Walk-away price cannot be above the target price.</source>
        <translation>Harga batas bawah tidak boleh di atas harga target.</translation>
    </message>
    <message>
        <source>Opening price cannot be below the target price.</source>
        <translation>Harga pembuka tidak boleh di bawah harga target.</translation>
    </message>
    <message>
        <source>Objection %1: the objection is required.</source>
        <translation>Keberatan %1: isi keberatan wajib diisi.</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 harus antara %2 dan %3.</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 minimal %2.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100 %.</source>
        <translation>%1 harus antara 0 dan 100 %.</translation>
    </message>
    <message>
        <source>%1 needs an amount and a currency.</source>
        <translation>%1 memerlukan jumlah dan mata uang.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The currency is required.</source>
        <translation>Mata uang wajib diisi.</translation>
    </message>
    <message>
        <source>The currency %1 is not known.</source>
        <translation>Mata uang %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Savings description</source>
        <translation>Uraian penghematan</translation>
    </message>
    <message>
        <source>Hours saved per month cannot be negative.</source>
        <translation>Jam yang dihemat per bulan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarif per jam</translation>
    </message>
    <message>
        <source>Realization</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Amount saved per month</source>
        <translation>Jumlah yang dihemat per bulan</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Bulan mulai</translation>
    </message>
    <message>
        <source>Ramp-up months</source>
        <translation>Masa peningkatan (bulan)</translation>
    </message>
    <message>
        <source>Horizon in months</source>
        <translation>Cakrawala (bulan)</translation>
    </message>
    <message>
        <source>Annual discount rate</source>
        <translation>Tingkat diskonto tahunan</translation>
    </message>
    <message>
        <source>Upfront price</source>
        <translation>Harga di muka</translation>
    </message>
    <message>
        <source>Recurring cost per month</source>
        <translation>Biaya berulang per bulan</translation>
    </message>
    <message>
        <source>Scenario factors must not be negative and must rise from conservative to expected to optimistic.</source>
        <translation>Faktor skenario tidak boleh negatif dan harus naik dari konservatif ke perkiraan ke optimis.</translation>
    </message>
    <message>
        <source>The amount is in %1, but the value case is in %2.</source>
        <translation>Jumlahnya dalam %1, tetapi analisis nilai dalam %2.</translation>
    </message>
    <message>
        <source>Savings %1</source>
        <translation>Penghematan %1</translation>
    </message>
</context>
<context>
    <name>Sepakat::Value</name>
    <message>
        <source>Conservative</source>
        <translation>Konservatif</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Perkiraan</translation>
    </message>
    <message>
        <source>Optimistic</source>
        <translation>Optimis</translation>
    </message>
    <message>
        <source>The value case is too large to calculate with.</source>
        <translation>Analisis nilai terlalu besar untuk dihitung.</translation>
    </message>
    <message>
        <source>Savings %1: the start month must be 1 or later.</source>
        <translation>Penghematan %1: bulan mulai harus 1 atau sesudahnya.</translation>
    </message>
    <message>
        <source>Savings %1: the ramp-up cannot be negative.</source>
        <translation>Penghematan %1: masa peningkatan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Savings %1: the amount is in %2, but the case is in %3.</source>
        <translation>Penghematan %1: jumlahnya dalam %2, tetapi analisis dalam %3.</translation>
    </message>
    <message>
        <source>The horizon must be between 1 and %1 months.</source>
        <translation>Cakrawala harus antara 1 dan %1 bulan.</translation>
    </message>
    <message>
        <source>The upfront cost is in %1, but the case is in %2.</source>
        <translation>Biaya di muka dalam %1, tetapi analisis dalam %2.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Biaya tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The monthly cost is in %1, but the case is in %2.</source>
        <translation>Biaya bulanan dalam %1, tetapi analisis dalam %2.</translation>
    </message>
    <message>
        <source>A scenario factor cannot be negative.</source>
        <translation>Faktor skenario tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The discount rate must be above -100 %.</source>
        <translation>Tingkat diskonto harus di atas -100 %.</translation>
    </message>
    <message>
        <source>There is no such deal.</source>
        <translation>Transaksi itu tidak ada.</translation>
    </message>
</context>
<context>
    <name>Sepakat::ValueCaseJson</name>
    <message>
        <source>required field is missing.</source>
        <translation>kolom wajib tidak ada.</translation>
    </message>
    <message>
        <source>must be a text.</source>
        <translation>harus berupa teks.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>harus berupa bilangan bulat.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>harus berupa angka.</translation>
    </message>
    <message>
        <source>the number is too large.</source>
        <translation>angkanya terlalu besar.</translation>
    </message>
    <message>
        <source>must be an amount written as a text, such as &quot;85000&quot;.</source>
        <translation>harus berupa jumlah yang ditulis sebagai teks, misalnya &quot;85000&quot;.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>tidak boleh negatif.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>harus berupa objek.</translation>
    </message>
    <message>
        <source>must be 1 or later.</source>
        <translation>harus 1 atau sesudahnya.</translation>
    </message>
    <message>
        <source>hours saved cannot be negative.</source>
        <translation>jam yang dihemat tidak boleh negatif.</translation>
    </message>
    <message>
        <source>cannot be above 100 %.</source>
        <translation>tidak boleh di atas 100 %.</translation>
    </message>
    <message>
        <source>must be &quot;time&quot; or &quot;money&quot;.</source>
        <translation>harus &quot;time&quot; atau &quot;money&quot;.</translation>
    </message>
    <message>
        <source>must be between 0 and 100.</source>
        <translation>harus antara 0 dan 100.</translation>
    </message>
    <message>
        <source>the factors must rise from conservative to expected to optimistic.</source>
        <translation>faktornya harus naik dari konservatif ke perkiraan ke optimis.</translation>
    </message>
    <message>
        <source>The value case is not valid JSON: %1 at offset %2.</source>
        <translation>Analisis nilai bukan JSON yang sah: %1 pada posisi %2.</translation>
    </message>
    <message>
        <source>The value case must be a JSON object.</source>
        <translation>Analisis nilai harus berupa objek JSON.</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;.</source>
        <translation>mata uang &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>must be from 1 to %1 months.</source>
        <translation>harus dari 1 sampai %1 bulan.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>harus berupa daftar.</translation>
    </message>
</context>
<context>
    <name>Sepakat::ValueChartView</name>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>Grafik tidak dapat disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>Sepakat::ValueCharts</name>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Bulan ke-%1</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation>Uang dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Savings to date</source>
        <translation>Penghematan sampai saat ini</translation>
    </message>
    <message>
        <source>Costs to date, upfront price included</source>
        <translation>Biaya sampai saat ini, termasuk harga di muka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>pays back in month %1</source>
        <translation>balik modal pada bulan ke-%1</translation>
    </message>
    <message>
        <source>does not pay back within %1 months</source>
        <translation>belum balik modal dalam %1 bulan</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Jam yang dihemat</translation>
    </message>
    <message>
        <source>Hours saved in the month</source>
        <translation>Jam dihemat dalam bulan itu</translation>
    </message>
    <message>
        <source>Hours saved to date</source>
        <translation>Jam dihemat sampai saat ini</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Jam per bulan</translation>
    </message>
    <message>
        <source>Hours to date</source>
        <translation>Jam sampai saat ini</translation>
    </message>
    <message>
        <source>Money back to date, by scenario</source>
        <translation>Uang kembali sampai saat ini, per skenario</translation>
    </message>
</context>
<context>
    <name>Sepakat::ValueChartsPanel</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>Simpan grafik sebagai PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Simpan grafik</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation>Uang dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Jam yang dihemat</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Simpan sebagai PNG…</translation>
    </message>
    <message>
        <source>Save the chart on show as a PNG image</source>
        <translation>Simpan grafik yang tampil sebagai gambar PNG</translation>
    </message>
</context>
<context>
    <name>Sepakat::ValuePage</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Change the horizon</source>
        <translation>Ubah jangka waktu</translation>
    </message>
    <message>
        <source>Change the scenario factors</source>
        <translation>Ubah faktor skenario</translation>
    </message>
    <message>
        <source>Change the discount rate</source>
        <translation>Ubah tingkat diskonto</translation>
    </message>
    <message>
        <source>Change the upfront price</source>
        <translation>Ubah harga di muka</translation>
    </message>
    <message>
        <source>Change the monthly cost</source>
        <translation>Ubah biaya bulanan</translation>
    </message>
    <message>
        <source>Edit a saving</source>
        <translation>Ubah penghematan</translation>
    </message>
    <message>
        <source>Empty: the current offer&apos;s total, %1, tax included.</source>
        <translation>Kosong: total penawaran saat ini, %1, termasuk pajak.</translation>
    </message>
    <message>
        <source>Empty: no offer yet, so nothing is paid upfront.</source>
        <translation>Kosong: belum ada penawaran, jadi tidak ada yang dibayar di muka.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) with a monthly pain have no saving yet: %1</source>
        <translation>
            <numerusform>%n kebutuhan dengan kerugian bulanan belum punya penghematan: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This deal book is open read-only: the value case can be read, not changed.</source>
        <translation>Buku transaksi ini dibuka hanya-baca: perhitungan nilai dapat dibaca, tidak dapat diubah.</translation>
    </message>
    <message>
        <source>What the customer saves, in their own hours and money. The figures follow as you type; each change is saved when you leave the field, and Ctrl+Z undoes it.</source>
        <translation>Yang dihemat pelanggan, dalam jam dan uang mereka sendiri. Angka mengikuti saat Anda mengetik; setiap perubahan disimpan ketika Anda meninggalkan kolom, dan Ctrl+Z membatalkannya.</translation>
    </message>
    <message>
        <source>New saving</source>
        <translation>Penghematan baru</translation>
    </message>
    <message>
        <source>Add a saving</source>
        <translation>Tambah penghematan</translation>
    </message>
    <message>
        <source>Add savings from needs</source>
        <translation>Tambah penghematan dari kebutuhan</translation>
    </message>
    <message>
        <source>Remove a saving</source>
        <translation>Hapus penghematan</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Jangka waktu:</translation>
    </message>
    <message>
        <source>&amp;Discount rate a year:</source>
        <translation>Tingkat &amp;diskonto per tahun:</translation>
    </message>
    <message>
        <source>&amp;Upfront price:</source>
        <translation>Harga di &amp;muka:</translation>
    </message>
    <message>
        <source>Monthly &amp;cost:</source>
        <translation>&amp;Biaya bulanan:</translation>
    </message>
    <message>
        <source>&amp;Scenarios:</source>
        <translation>&amp;Skenario:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Conservative: share of the expected savings</source>
        <translation>Konservatif: bagian dari penghematan perkiraan</translation>
    </message>
    <message>
        <source>Expected: usually 100 %</source>
        <translation>Perkiraan: biasanya 100 %</translation>
    </message>
    <message>
        <source>Optimistic: share of the expected savings</source>
        <translation>Optimis: bagian dari penghematan perkiraan</translation>
    </message>
    <message>
        <source>What the customer pays each month to use it (subscription, support), in the case&apos;s currency</source>
        <translation>Yang dibayar pelanggan setiap bulan untuk memakainya (langganan, dukungan), dalam mata uang perhitungan ini</translation>
    </message>
    <message>
        <source>Add saving</source>
        <translation>Tambah penghematan</translation>
    </message>
    <message>
        <source>Add a saving (Insert)</source>
        <translation>Tambah penghematan (Insert)</translation>
    </message>
    <message>
        <source>From a need</source>
        <translation>Dari kebutuhan</translation>
    </message>
    <message>
        <source>Add the saving a need&apos;s monthly pain suggests</source>
        <translation>Tambah penghematan yang disarankan oleh kerugian bulanan suatu kebutuhan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove the selected saving (Delete)</source>
        <translation>Hapus penghematan yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Add them</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Add a saving for each need with a monthly pain</source>
        <translation>Tambah penghematan untuk setiap kebutuhan yang punya kerugian bulanan</translation>
    </message>
</context>
<context>
    <name>Sepakat::WhatIfPanel</name>
    <message>
        <source>%1: hours saved a month</source>
        <translation>%1: jam dihemat sebulan</translation>
    </message>
    <message>
        <source>%1: value of an hour</source>
        <translation>%1: nilai satu jam</translation>
    </message>
    <message>
        <source>%1: saved a month</source>
        <translation>%1: dihemat sebulan</translation>
    </message>
    <message>
        <source>%1 h a month</source>
        <translation>%1 jam sebulan</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Bagaimana jika…</translation>
    </message>
    <message>
        <source>This value case has no savings to vary yet.</source>
        <translation>Perhitungan nilai ini belum punya penghematan untuk diubah-ubah.</translation>
    </message>
    <message>
        <source>Back to the saved figures</source>
        <translation>Kembali ke angka tersimpan</translation>
    </message>
    <message>
        <source>Keep these figures</source>
        <translation>Simpan angka ini</translation>
    </message>
    <message>
        <source>Save these figures in the deal&apos;s value case (Ctrl+Z undoes it)</source>
        <translation>Simpan angka ini di perhitungan nilai transaksi (Ctrl+Z membatalkannya)</translation>
    </message>
</context>
<context>
    <name>Sepakat::WorksheetDocument</name>
    <message>
        <source>Internal deal worksheet: %1</source>
        <translation>Lembar kerja deal internal: %1</translation>
    </message>
    <message>
        <source>Internal: %1, round %2</source>
        <translation>Internal: %1, putaran %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitas</translation>
    </message>
    <message>
        <source>stage default</source>
        <translation>bawaan tahap</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Perkiraan nilai</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Perkiraan penutupan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Proposal language</source>
        <translation>Bahasa proposal</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kualifikasi</translation>
    </message>
    <message>
        <source>%1 of 12</source>
        <translation>%1 dari 12</translation>
    </message>
    <message>
        <source>Round shown</source>
        <translation>Putaran yang ditampilkan</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Wewenang</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industri</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>No needs recorded.</source>
        <translation>Belum ada kebutuhan yang dicatat.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgensi</translation>
    </message>
    <message>
        <source>Hours / month</source>
        <translation>Jam / bulan</translation>
    </message>
    <message>
        <source>Money / month</source>
        <translation>Uang / bulan</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Jawaban kami</translation>
    </message>
    <message>
        <source>Offer, round %1 (%2)</source>
        <translation>Penawaran, putaran %1 (%2)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Document discount %1</source>
        <translation>Diskon dokumen %1</translation>
    </message>
    <message>
        <source>Net before tax</source>
        <translation>Neto sebelum pajak</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Pajak %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Disk.</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Biaya satuan</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source> (some costs unknown)</source>
        <translation> (sebagian biaya tidak diketahui)</translation>
    </message>
    <message>
        <source>Discount from list</source>
        <translation>Diskon dari harga daftar</translation>
    </message>
    <message>
        <source>List value</source>
        <translation>Nilai harga daftar</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Dukungan</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garansi</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n bulan</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku hingga</translation>
    </message>
    <message>
        <source>Note to the customer</source>
        <translation>Catatan untuk pelanggan</translation>
    </message>
    <message>
        <source>Every round</source>
        <translation>Semua putaran</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Belum ada rencana.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Harga pembuka</translation>
    </message>
    <message>
        <source>Walk-away</source>
        <translation>Batas bawah</translation>
    </message>
    <message>
        <source>Their walk-away (estimate)</source>
        <translation>Batas atas mereka (perkiraan)</translation>
    </message>
    <message>
        <source>Our BATNA</source>
        <translation>BATNA kami</translation>
    </message>
    <message>
        <source>Our BATNA&apos;s value</source>
        <translation>Nilai BATNA kami</translation>
    </message>
    <message>
        <source>Their BATNA (estimate)</source>
        <translation>BATNA mereka (perkiraan)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Gaya</translation>
    </message>
    <message>
        <source>ZOPA</source>
        <translation>ZOPA</translation>
    </message>
    <message>
        <source>The zone of agreement runs from %1 to %2.</source>
        <translation>Zona kesepakatan berkisar dari %1 sampai %2.</translation>
    </message>
    <message>
        <source>No zone of agreement can be drawn from the plan.</source>
        <translation>Zona kesepakatan tidak dapat digambar dari rencana ini.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Keberatan</translation>
    </message>
    <message>
        <source>Prepared response</source>
        <translation>Tanggapan yang disiapkan</translation>
    </message>
    <message>
        <source>Concessions</source>
        <translation>Konsesi</translation>
    </message>
    <message>
        <source>No tradeables or concessions recorded.</source>
        <translation>Belum ada barang tukar atau konsesi yang dicatat.</translation>
    </message>
    <message>
        <source>Tradeables</source>
        <translation>Barang tukar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>We give</source>
        <translation>Kami berikan</translation>
    </message>
    <message>
        <source>Cost to us</source>
        <translation>Biaya bagi kami</translation>
    </message>
    <message>
        <source>Value to them</source>
        <translation>Nilai bagi mereka</translation>
    </message>
    <message>
        <source>We ask in return</source>
        <translation>Kami minta sebagai gantinya</translation>
    </message>
    <message>
        <source>Concession log</source>
        <translation>Catatan konsesi</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Perubahan harga</translation>
    </message>
    <message>
        <source>Value case</source>
        <translation>Kasus nilai</translation>
    </message>
    <message>
        <source>No value case yet.</source>
        <translation>Belum ada kasus nilai.</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>bulan ke-%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Jangka waktu</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Biaya awal</translation>
    </message>
    <message>
        <source>Recurring cost / month</source>
        <translation>Biaya rutin / bulan</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Tingkat diskonto</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Balik modal</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Penghematan</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>No offer was sent for approval.</source>
        <translation>Belum ada penawaran yang diajukan untuk persetujuan.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Notes and comment</source>
        <translation>Catatan dan komentar</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Belum ada yang dicatat.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>INTERNAL: not for the customer</source>
        <translation>INTERNAL: bukan untuk pelanggan</translation>
    </message>
    <message>
        <source>Internal deal worksheet</source>
        <translation>Lembar kerja deal internal</translation>
    </message>
    <message>
        <source>Internal. Printed %1</source>
        <translation>Internal. Dicetak %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>Sepakat::ZopaBar</name>
    <message>
        <source>Enter a walk-away, target or opening price to see the bargaining zone.</source>
        <translation>Isi harga batas bawah, target, atau pembuka untuk melihat zona tawar.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
</context>
</TS>
