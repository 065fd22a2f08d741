import { createRequire as __afCreateRequire } from 'node:module'; const require = __afCreateRequire(import.meta.url);
import {
  instantiate,
  pixelsOf
} from "./chunk-HISIHOYJ.js";
import {
  createRaster,
  isOpaque
} from "./chunk-GTXITZTF.js";
import {
  __commonJS,
  __toBinaryNode,
  __toESM
} from "./chunk-5LTUXRXC.js";

// node_modules/jpeg-js/lib/encoder.js
var require_encoder = __commonJS({
  "node_modules/jpeg-js/lib/encoder.js"(exports, module) {
    var btoa = btoa || function(buf) {
      return Buffer.from(buf).toString("base64");
    };
    function JPEGEncoder(quality) {
      var self2 = this;
      var fround = Math.round;
      var ffloor = Math.floor;
      var YTable = new Array(64);
      var UVTable = new Array(64);
      var fdtbl_Y = new Array(64);
      var fdtbl_UV = new Array(64);
      var YDC_HT;
      var UVDC_HT;
      var YAC_HT;
      var UVAC_HT;
      var bitcode = new Array(65535);
      var category = new Array(65535);
      var outputfDCTQuant = new Array(64);
      var DU = new Array(64);
      var byteout = [];
      var bytenew = 0;
      var bytepos = 7;
      var YDU = new Array(64);
      var UDU = new Array(64);
      var VDU = new Array(64);
      var clt = new Array(256);
      var RGB_YUV_TABLE = new Array(2048);
      var currentQuality;
      var ZigZag = [
        0,
        1,
        5,
        6,
        14,
        15,
        27,
        28,
        2,
        4,
        7,
        13,
        16,
        26,
        29,
        42,
        3,
        8,
        12,
        17,
        25,
        30,
        41,
        43,
        9,
        11,
        18,
        24,
        31,
        40,
        44,
        53,
        10,
        19,
        23,
        32,
        39,
        45,
        52,
        54,
        20,
        22,
        33,
        38,
        46,
        51,
        55,
        60,
        21,
        34,
        37,
        47,
        50,
        56,
        59,
        61,
        35,
        36,
        48,
        49,
        57,
        58,
        62,
        63
      ];
      var std_dc_luminance_nrcodes = [0, 0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
      var std_dc_luminance_values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
      var std_ac_luminance_nrcodes = [0, 0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 125];
      var std_ac_luminance_values = [
        1,
        2,
        3,
        0,
        4,
        17,
        5,
        18,
        33,
        49,
        65,
        6,
        19,
        81,
        97,
        7,
        34,
        113,
        20,
        50,
        129,
        145,
        161,
        8,
        35,
        66,
        177,
        193,
        21,
        82,
        209,
        240,
        36,
        51,
        98,
        114,
        130,
        9,
        10,
        22,
        23,
        24,
        25,
        26,
        37,
        38,
        39,
        40,
        41,
        42,
        52,
        53,
        54,
        55,
        56,
        57,
        58,
        67,
        68,
        69,
        70,
        71,
        72,
        73,
        74,
        83,
        84,
        85,
        86,
        87,
        88,
        89,
        90,
        99,
        100,
        101,
        102,
        103,
        104,
        105,
        106,
        115,
        116,
        117,
        118,
        119,
        120,
        121,
        122,
        131,
        132,
        133,
        134,
        135,
        136,
        137,
        138,
        146,
        147,
        148,
        149,
        150,
        151,
        152,
        153,
        154,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        178,
        179,
        180,
        181,
        182,
        183,
        184,
        185,
        186,
        194,
        195,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        210,
        211,
        212,
        213,
        214,
        215,
        216,
        217,
        218,
        225,
        226,
        227,
        228,
        229,
        230,
        231,
        232,
        233,
        234,
        241,
        242,
        243,
        244,
        245,
        246,
        247,
        248,
        249,
        250
      ];
      var std_dc_chrominance_nrcodes = [0, 0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0];
      var std_dc_chrominance_values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
      var std_ac_chrominance_nrcodes = [0, 0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 119];
      var std_ac_chrominance_values = [
        0,
        1,
        2,
        3,
        17,
        4,
        5,
        33,
        49,
        6,
        18,
        65,
        81,
        7,
        97,
        113,
        19,
        34,
        50,
        129,
        8,
        20,
        66,
        145,
        161,
        177,
        193,
        9,
        35,
        51,
        82,
        240,
        21,
        98,
        114,
        209,
        10,
        22,
        36,
        52,
        225,
        37,
        241,
        23,
        24,
        25,
        26,
        38,
        39,
        40,
        41,
        42,
        53,
        54,
        55,
        56,
        57,
        58,
        67,
        68,
        69,
        70,
        71,
        72,
        73,
        74,
        83,
        84,
        85,
        86,
        87,
        88,
        89,
        90,
        99,
        100,
        101,
        102,
        103,
        104,
        105,
        106,
        115,
        116,
        117,
        118,
        119,
        120,
        121,
        122,
        130,
        131,
        132,
        133,
        134,
        135,
        136,
        137,
        138,
        146,
        147,
        148,
        149,
        150,
        151,
        152,
        153,
        154,
        162,
        163,
        164,
        165,
        166,
        167,
        168,
        169,
        170,
        178,
        179,
        180,
        181,
        182,
        183,
        184,
        185,
        186,
        194,
        195,
        196,
        197,
        198,
        199,
        200,
        201,
        202,
        210,
        211,
        212,
        213,
        214,
        215,
        216,
        217,
        218,
        226,
        227,
        228,
        229,
        230,
        231,
        232,
        233,
        234,
        242,
        243,
        244,
        245,
        246,
        247,
        248,
        249,
        250
      ];
      function initQuantTables(sf) {
        var YQT = [
          16,
          11,
          10,
          16,
          24,
          40,
          51,
          61,
          12,
          12,
          14,
          19,
          26,
          58,
          60,
          55,
          14,
          13,
          16,
          24,
          40,
          57,
          69,
          56,
          14,
          17,
          22,
          29,
          51,
          87,
          80,
          62,
          18,
          22,
          37,
          56,
          68,
          109,
          103,
          77,
          24,
          35,
          55,
          64,
          81,
          104,
          113,
          92,
          49,
          64,
          78,
          87,
          103,
          121,
          120,
          101,
          72,
          92,
          95,
          98,
          112,
          100,
          103,
          99
        ];
        for (var i = 0; i < 64; i++) {
          var t = ffloor((YQT[i] * sf + 50) / 100);
          if (t < 1) {
            t = 1;
          } else if (t > 255) {
            t = 255;
          }
          YTable[ZigZag[i]] = t;
        }
        var UVQT = [
          17,
          18,
          24,
          47,
          99,
          99,
          99,
          99,
          18,
          21,
          26,
          66,
          99,
          99,
          99,
          99,
          24,
          26,
          56,
          99,
          99,
          99,
          99,
          99,
          47,
          66,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99,
          99
        ];
        for (var j = 0; j < 64; j++) {
          var u = ffloor((UVQT[j] * sf + 50) / 100);
          if (u < 1) {
            u = 1;
          } else if (u > 255) {
            u = 255;
          }
          UVTable[ZigZag[j]] = u;
        }
        var aasf = [
          1,
          1.387039845,
          1.306562965,
          1.175875602,
          1,
          0.785694958,
          0.5411961,
          0.275899379
        ];
        var k = 0;
        for (var row = 0; row < 8; row++) {
          for (var col = 0; col < 8; col++) {
            fdtbl_Y[k] = 1 / (YTable[ZigZag[k]] * aasf[row] * aasf[col] * 8);
            fdtbl_UV[k] = 1 / (UVTable[ZigZag[k]] * aasf[row] * aasf[col] * 8);
            k++;
          }
        }
      }
      function computeHuffmanTbl(nrcodes, std_table) {
        var codevalue = 0;
        var pos_in_table = 0;
        var HT = new Array();
        for (var k = 1; k <= 16; k++) {
          for (var j = 1; j <= nrcodes[k]; j++) {
            HT[std_table[pos_in_table]] = [];
            HT[std_table[pos_in_table]][0] = codevalue;
            HT[std_table[pos_in_table]][1] = k;
            pos_in_table++;
            codevalue++;
          }
          codevalue *= 2;
        }
        return HT;
      }
      function initHuffmanTbl() {
        YDC_HT = computeHuffmanTbl(std_dc_luminance_nrcodes, std_dc_luminance_values);
        UVDC_HT = computeHuffmanTbl(std_dc_chrominance_nrcodes, std_dc_chrominance_values);
        YAC_HT = computeHuffmanTbl(std_ac_luminance_nrcodes, std_ac_luminance_values);
        UVAC_HT = computeHuffmanTbl(std_ac_chrominance_nrcodes, std_ac_chrominance_values);
      }
      function initCategoryNumber() {
        var nrlower = 1;
        var nrupper = 2;
        for (var cat = 1; cat <= 15; cat++) {
          for (var nr = nrlower; nr < nrupper; nr++) {
            category[32767 + nr] = cat;
            bitcode[32767 + nr] = [];
            bitcode[32767 + nr][1] = cat;
            bitcode[32767 + nr][0] = nr;
          }
          for (var nrneg = -(nrupper - 1); nrneg <= -nrlower; nrneg++) {
            category[32767 + nrneg] = cat;
            bitcode[32767 + nrneg] = [];
            bitcode[32767 + nrneg][1] = cat;
            bitcode[32767 + nrneg][0] = nrupper - 1 + nrneg;
          }
          nrlower <<= 1;
          nrupper <<= 1;
        }
      }
      function initRGBYUVTable() {
        for (var i = 0; i < 256; i++) {
          RGB_YUV_TABLE[i] = 19595 * i;
          RGB_YUV_TABLE[i + 256 >> 0] = 38470 * i;
          RGB_YUV_TABLE[i + 512 >> 0] = 7471 * i + 32768;
          RGB_YUV_TABLE[i + 768 >> 0] = -11059 * i;
          RGB_YUV_TABLE[i + 1024 >> 0] = -21709 * i;
          RGB_YUV_TABLE[i + 1280 >> 0] = 32768 * i + 8421375;
          RGB_YUV_TABLE[i + 1536 >> 0] = -27439 * i;
          RGB_YUV_TABLE[i + 1792 >> 0] = -5329 * i;
        }
      }
      function writeBits(bs) {
        var value = bs[0];
        var posval = bs[1] - 1;
        while (posval >= 0) {
          if (value & 1 << posval) {
            bytenew |= 1 << bytepos;
          }
          posval--;
          bytepos--;
          if (bytepos < 0) {
            if (bytenew == 255) {
              writeByte(255);
              writeByte(0);
            } else {
              writeByte(bytenew);
            }
            bytepos = 7;
            bytenew = 0;
          }
        }
      }
      function writeByte(value) {
        byteout.push(value);
      }
      function writeWord(value) {
        writeByte(value >> 8 & 255);
        writeByte(value & 255);
      }
      function fDCTQuant(data, fdtbl) {
        var d0, d1, d2, d3, d4, d5, d6, d7;
        var dataOff = 0;
        var i;
        var I8 = 8;
        var I64 = 64;
        for (i = 0; i < I8; ++i) {
          d0 = data[dataOff];
          d1 = data[dataOff + 1];
          d2 = data[dataOff + 2];
          d3 = data[dataOff + 3];
          d4 = data[dataOff + 4];
          d5 = data[dataOff + 5];
          d6 = data[dataOff + 6];
          d7 = data[dataOff + 7];
          var tmp0 = d0 + d7;
          var tmp7 = d0 - d7;
          var tmp1 = d1 + d6;
          var tmp6 = d1 - d6;
          var tmp2 = d2 + d5;
          var tmp5 = d2 - d5;
          var tmp3 = d3 + d4;
          var tmp4 = d3 - d4;
          var tmp10 = tmp0 + tmp3;
          var tmp13 = tmp0 - tmp3;
          var tmp11 = tmp1 + tmp2;
          var tmp12 = tmp1 - tmp2;
          data[dataOff] = tmp10 + tmp11;
          data[dataOff + 4] = tmp10 - tmp11;
          var z1 = (tmp12 + tmp13) * 0.707106781;
          data[dataOff + 2] = tmp13 + z1;
          data[dataOff + 6] = tmp13 - z1;
          tmp10 = tmp4 + tmp5;
          tmp11 = tmp5 + tmp6;
          tmp12 = tmp6 + tmp7;
          var z5 = (tmp10 - tmp12) * 0.382683433;
          var z2 = 0.5411961 * tmp10 + z5;
          var z4 = 1.306562965 * tmp12 + z5;
          var z3 = tmp11 * 0.707106781;
          var z11 = tmp7 + z3;
          var z13 = tmp7 - z3;
          data[dataOff + 5] = z13 + z2;
          data[dataOff + 3] = z13 - z2;
          data[dataOff + 1] = z11 + z4;
          data[dataOff + 7] = z11 - z4;
          dataOff += 8;
        }
        dataOff = 0;
        for (i = 0; i < I8; ++i) {
          d0 = data[dataOff];
          d1 = data[dataOff + 8];
          d2 = data[dataOff + 16];
          d3 = data[dataOff + 24];
          d4 = data[dataOff + 32];
          d5 = data[dataOff + 40];
          d6 = data[dataOff + 48];
          d7 = data[dataOff + 56];
          var tmp0p2 = d0 + d7;
          var tmp7p2 = d0 - d7;
          var tmp1p2 = d1 + d6;
          var tmp6p2 = d1 - d6;
          var tmp2p2 = d2 + d5;
          var tmp5p2 = d2 - d5;
          var tmp3p2 = d3 + d4;
          var tmp4p2 = d3 - d4;
          var tmp10p2 = tmp0p2 + tmp3p2;
          var tmp13p2 = tmp0p2 - tmp3p2;
          var tmp11p2 = tmp1p2 + tmp2p2;
          var tmp12p2 = tmp1p2 - tmp2p2;
          data[dataOff] = tmp10p2 + tmp11p2;
          data[dataOff + 32] = tmp10p2 - tmp11p2;
          var z1p2 = (tmp12p2 + tmp13p2) * 0.707106781;
          data[dataOff + 16] = tmp13p2 + z1p2;
          data[dataOff + 48] = tmp13p2 - z1p2;
          tmp10p2 = tmp4p2 + tmp5p2;
          tmp11p2 = tmp5p2 + tmp6p2;
          tmp12p2 = tmp6p2 + tmp7p2;
          var z5p2 = (tmp10p2 - tmp12p2) * 0.382683433;
          var z2p2 = 0.5411961 * tmp10p2 + z5p2;
          var z4p2 = 1.306562965 * tmp12p2 + z5p2;
          var z3p2 = tmp11p2 * 0.707106781;
          var z11p2 = tmp7p2 + z3p2;
          var z13p2 = tmp7p2 - z3p2;
          data[dataOff + 40] = z13p2 + z2p2;
          data[dataOff + 24] = z13p2 - z2p2;
          data[dataOff + 8] = z11p2 + z4p2;
          data[dataOff + 56] = z11p2 - z4p2;
          dataOff++;
        }
        var fDCTQuant2;
        for (i = 0; i < I64; ++i) {
          fDCTQuant2 = data[i] * fdtbl[i];
          outputfDCTQuant[i] = fDCTQuant2 > 0 ? fDCTQuant2 + 0.5 | 0 : fDCTQuant2 - 0.5 | 0;
        }
        return outputfDCTQuant;
      }
      function writeAPP0() {
        writeWord(65504);
        writeWord(16);
        writeByte(74);
        writeByte(70);
        writeByte(73);
        writeByte(70);
        writeByte(0);
        writeByte(1);
        writeByte(1);
        writeByte(0);
        writeWord(1);
        writeWord(1);
        writeByte(0);
        writeByte(0);
      }
      function writeAPP1(exifBuffer) {
        if (!exifBuffer) return;
        writeWord(65505);
        if (exifBuffer[0] === 69 && exifBuffer[1] === 120 && exifBuffer[2] === 105 && exifBuffer[3] === 102) {
          writeWord(exifBuffer.length + 2);
        } else {
          writeWord(exifBuffer.length + 5 + 2);
          writeByte(69);
          writeByte(120);
          writeByte(105);
          writeByte(102);
          writeByte(0);
        }
        for (var i = 0; i < exifBuffer.length; i++) {
          writeByte(exifBuffer[i]);
        }
      }
      function writeSOF0(width, height) {
        writeWord(65472);
        writeWord(17);
        writeByte(8);
        writeWord(height);
        writeWord(width);
        writeByte(3);
        writeByte(1);
        writeByte(17);
        writeByte(0);
        writeByte(2);
        writeByte(17);
        writeByte(1);
        writeByte(3);
        writeByte(17);
        writeByte(1);
      }
      function writeDQT() {
        writeWord(65499);
        writeWord(132);
        writeByte(0);
        for (var i = 0; i < 64; i++) {
          writeByte(YTable[i]);
        }
        writeByte(1);
        for (var j = 0; j < 64; j++) {
          writeByte(UVTable[j]);
        }
      }
      function writeDHT() {
        writeWord(65476);
        writeWord(418);
        writeByte(0);
        for (var i = 0; i < 16; i++) {
          writeByte(std_dc_luminance_nrcodes[i + 1]);
        }
        for (var j = 0; j <= 11; j++) {
          writeByte(std_dc_luminance_values[j]);
        }
        writeByte(16);
        for (var k = 0; k < 16; k++) {
          writeByte(std_ac_luminance_nrcodes[k + 1]);
        }
        for (var l = 0; l <= 161; l++) {
          writeByte(std_ac_luminance_values[l]);
        }
        writeByte(1);
        for (var m = 0; m < 16; m++) {
          writeByte(std_dc_chrominance_nrcodes[m + 1]);
        }
        for (var n = 0; n <= 11; n++) {
          writeByte(std_dc_chrominance_values[n]);
        }
        writeByte(17);
        for (var o = 0; o < 16; o++) {
          writeByte(std_ac_chrominance_nrcodes[o + 1]);
        }
        for (var p = 0; p <= 161; p++) {
          writeByte(std_ac_chrominance_values[p]);
        }
      }
      function writeCOM(comments) {
        if (typeof comments === "undefined" || comments.constructor !== Array) return;
        comments.forEach((e) => {
          if (typeof e !== "string") return;
          writeWord(65534);
          var l = e.length;
          writeWord(l + 2);
          var i;
          for (i = 0; i < l; i++)
            writeByte(e.charCodeAt(i));
        });
      }
      function writeSOS() {
        writeWord(65498);
        writeWord(12);
        writeByte(3);
        writeByte(1);
        writeByte(0);
        writeByte(2);
        writeByte(17);
        writeByte(3);
        writeByte(17);
        writeByte(0);
        writeByte(63);
        writeByte(0);
      }
      function processDU(CDU, fdtbl, DC, HTDC, HTAC) {
        var EOB = HTAC[0];
        var M16zeroes = HTAC[240];
        var pos;
        var I16 = 16;
        var I63 = 63;
        var I64 = 64;
        var DU_DCT = fDCTQuant(CDU, fdtbl);
        for (var j = 0; j < I64; ++j) {
          DU[ZigZag[j]] = DU_DCT[j];
        }
        var Diff = DU[0] - DC;
        DC = DU[0];
        if (Diff == 0) {
          writeBits(HTDC[0]);
        } else {
          pos = 32767 + Diff;
          writeBits(HTDC[category[pos]]);
          writeBits(bitcode[pos]);
        }
        var end0pos = 63;
        for (; end0pos > 0 && DU[end0pos] == 0; end0pos--) {
        }
        ;
        if (end0pos == 0) {
          writeBits(EOB);
          return DC;
        }
        var i = 1;
        var lng;
        while (i <= end0pos) {
          var startpos = i;
          for (; DU[i] == 0 && i <= end0pos; ++i) {
          }
          var nrzeroes = i - startpos;
          if (nrzeroes >= I16) {
            lng = nrzeroes >> 4;
            for (var nrmarker = 1; nrmarker <= lng; ++nrmarker)
              writeBits(M16zeroes);
            nrzeroes = nrzeroes & 15;
          }
          pos = 32767 + DU[i];
          writeBits(HTAC[(nrzeroes << 4) + category[pos]]);
          writeBits(bitcode[pos]);
          i++;
        }
        if (end0pos != I63) {
          writeBits(EOB);
        }
        return DC;
      }
      function initCharLookupTable() {
        var sfcc = String.fromCharCode;
        for (var i = 0; i < 256; i++) {
          clt[i] = sfcc(i);
        }
      }
      this.encode = function(image, quality2) {
        var time_start = (/* @__PURE__ */ new Date()).getTime();
        if (quality2) setQuality(quality2);
        byteout = new Array();
        bytenew = 0;
        bytepos = 7;
        writeWord(65496);
        writeAPP0();
        writeCOM(image.comments);
        writeAPP1(image.exifBuffer);
        writeDQT();
        writeSOF0(image.width, image.height);
        writeDHT();
        writeSOS();
        var DCY = 0;
        var DCU = 0;
        var DCV = 0;
        bytenew = 0;
        bytepos = 7;
        this.encode.displayName = "_encode_";
        var imageData = image.data;
        var width = image.width;
        var height = image.height;
        var quadWidth = width * 4;
        var tripleWidth = width * 3;
        var x, y = 0;
        var r, g, b;
        var start, p, col, row, pos;
        while (y < height) {
          x = 0;
          while (x < quadWidth) {
            start = quadWidth * y + x;
            p = start;
            col = -1;
            row = 0;
            for (pos = 0; pos < 64; pos++) {
              row = pos >> 3;
              col = (pos & 7) * 4;
              p = start + row * quadWidth + col;
              if (y + row >= height) {
                p -= quadWidth * (y + 1 + row - height);
              }
              if (x + col >= quadWidth) {
                p -= x + col - quadWidth + 4;
              }
              r = imageData[p++];
              g = imageData[p++];
              b = imageData[p++];
              YDU[pos] = (RGB_YUV_TABLE[r] + RGB_YUV_TABLE[g + 256 >> 0] + RGB_YUV_TABLE[b + 512 >> 0] >> 16) - 128;
              UDU[pos] = (RGB_YUV_TABLE[r + 768 >> 0] + RGB_YUV_TABLE[g + 1024 >> 0] + RGB_YUV_TABLE[b + 1280 >> 0] >> 16) - 128;
              VDU[pos] = (RGB_YUV_TABLE[r + 1280 >> 0] + RGB_YUV_TABLE[g + 1536 >> 0] + RGB_YUV_TABLE[b + 1792 >> 0] >> 16) - 128;
            }
            DCY = processDU(YDU, fdtbl_Y, DCY, YDC_HT, YAC_HT);
            DCU = processDU(UDU, fdtbl_UV, DCU, UVDC_HT, UVAC_HT);
            DCV = processDU(VDU, fdtbl_UV, DCV, UVDC_HT, UVAC_HT);
            x += 32;
          }
          y += 8;
        }
        if (bytepos >= 0) {
          var fillbits = [];
          fillbits[1] = bytepos + 1;
          fillbits[0] = (1 << bytepos + 1) - 1;
          writeBits(fillbits);
        }
        writeWord(65497);
        if (typeof module === "undefined") return new Uint8Array(byteout);
        return Buffer.from(byteout);
        var jpegDataUri = "data:image/jpeg;base64," + btoa(byteout.join(""));
        byteout = [];
        var duration = (/* @__PURE__ */ new Date()).getTime() - time_start;
        return jpegDataUri;
      };
      function setQuality(quality2) {
        if (quality2 <= 0) {
          quality2 = 1;
        }
        if (quality2 > 100) {
          quality2 = 100;
        }
        if (currentQuality == quality2) return;
        var sf = 0;
        if (quality2 < 50) {
          sf = Math.floor(5e3 / quality2);
        } else {
          sf = Math.floor(200 - quality2 * 2);
        }
        initQuantTables(sf);
        currentQuality = quality2;
      }
      function init() {
        var time_start = (/* @__PURE__ */ new Date()).getTime();
        if (!quality) quality = 50;
        initCharLookupTable();
        initHuffmanTbl();
        initCategoryNumber();
        initRGBYUVTable();
        setQuality(quality);
        var duration = (/* @__PURE__ */ new Date()).getTime() - time_start;
      }
      init();
    }
    if (typeof module !== "undefined") {
      module.exports = encode;
    } else if (typeof window !== "undefined") {
      window["jpeg-js"] = window["jpeg-js"] || {};
      window["jpeg-js"].encode = encode;
    }
    function encode(imgData, qu) {
      if (typeof qu === "undefined") qu = 50;
      var encoder = new JPEGEncoder(qu);
      var data = encoder.encode(imgData, qu);
      return {
        data,
        width: imgData.width,
        height: imgData.height
      };
    }
  }
});

// node_modules/jpeg-js/lib/decoder.js
var require_decoder = __commonJS({
  "node_modules/jpeg-js/lib/decoder.js"(exports, module) {
    var JpegImage = (function jpegImage() {
      "use strict";
      var dctZigZag = new Int32Array([
        0,
        1,
        8,
        16,
        9,
        2,
        3,
        10,
        17,
        24,
        32,
        25,
        18,
        11,
        4,
        5,
        12,
        19,
        26,
        33,
        40,
        48,
        41,
        34,
        27,
        20,
        13,
        6,
        7,
        14,
        21,
        28,
        35,
        42,
        49,
        56,
        57,
        50,
        43,
        36,
        29,
        22,
        15,
        23,
        30,
        37,
        44,
        51,
        58,
        59,
        52,
        45,
        38,
        31,
        39,
        46,
        53,
        60,
        61,
        54,
        47,
        55,
        62,
        63
      ]);
      var dctCos1 = 4017;
      var dctSin1 = 799;
      var dctCos3 = 3406;
      var dctSin3 = 2276;
      var dctCos6 = 1567;
      var dctSin6 = 3784;
      var dctSqrt2 = 5793;
      var dctSqrt1d2 = 2896;
      function constructor() {
      }
      function buildHuffmanTable(codeLengths, values) {
        var k = 0, code = [], i, j, length = 16;
        while (length > 0 && !codeLengths[length - 1])
          length--;
        code.push({ children: [], index: 0 });
        var p = code[0], q;
        for (i = 0; i < length; i++) {
          for (j = 0; j < codeLengths[i]; j++) {
            p = code.pop();
            p.children[p.index] = values[k];
            while (p.index > 0) {
              if (code.length === 0)
                throw new Error("Could not recreate Huffman Table");
              p = code.pop();
            }
            p.index++;
            code.push(p);
            while (code.length <= i) {
              code.push(q = { children: [], index: 0 });
              p.children[p.index] = q.children;
              p = q;
            }
            k++;
          }
          if (i + 1 < length) {
            code.push(q = { children: [], index: 0 });
            p.children[p.index] = q.children;
            p = q;
          }
        }
        return code[0].children;
      }
      function decodeScan(data, offset, frame, components, resetInterval, spectralStart, spectralEnd, successivePrev, successive, opts) {
        var precision = frame.precision;
        var samplesPerLine = frame.samplesPerLine;
        var scanLines = frame.scanLines;
        var mcusPerLine = frame.mcusPerLine;
        var progressive = frame.progressive;
        var maxH = frame.maxH, maxV = frame.maxV;
        var startOffset = offset, bitsData = 0, bitsCount = 0;
        function readBit() {
          if (bitsCount > 0) {
            bitsCount--;
            return bitsData >> bitsCount & 1;
          }
          bitsData = data[offset++];
          if (bitsData == 255) {
            var nextByte = data[offset++];
            if (nextByte) {
              throw new Error("unexpected marker: " + (bitsData << 8 | nextByte).toString(16));
            }
          }
          bitsCount = 7;
          return bitsData >>> 7;
        }
        function decodeHuffman(tree) {
          var node = tree, bit;
          while ((bit = readBit()) !== null) {
            node = node[bit];
            if (typeof node === "number")
              return node;
            if (typeof node !== "object")
              throw new Error("invalid huffman sequence");
          }
          return null;
        }
        function receive(length) {
          var n2 = 0;
          while (length > 0) {
            var bit = readBit();
            if (bit === null) return;
            n2 = n2 << 1 | bit;
            length--;
          }
          return n2;
        }
        function receiveAndExtend(length) {
          var n2 = receive(length);
          if (n2 >= 1 << length - 1)
            return n2;
          return n2 + (-1 << length) + 1;
        }
        function decodeBaseline(component2, zz) {
          var t = decodeHuffman(component2.huffmanTableDC);
          var diff = t === 0 ? 0 : receiveAndExtend(t);
          zz[0] = component2.pred += diff;
          var k2 = 1;
          while (k2 < 64) {
            var rs = decodeHuffman(component2.huffmanTableAC);
            var s = rs & 15, r = rs >> 4;
            if (s === 0) {
              if (r < 15)
                break;
              k2 += 16;
              continue;
            }
            k2 += r;
            var z = dctZigZag[k2];
            zz[z] = receiveAndExtend(s);
            k2++;
          }
        }
        function decodeDCFirst(component2, zz) {
          var t = decodeHuffman(component2.huffmanTableDC);
          var diff = t === 0 ? 0 : receiveAndExtend(t) << successive;
          zz[0] = component2.pred += diff;
        }
        function decodeDCSuccessive(component2, zz) {
          zz[0] |= readBit() << successive;
        }
        var eobrun = 0;
        function decodeACFirst(component2, zz) {
          if (eobrun > 0) {
            eobrun--;
            return;
          }
          var k2 = spectralStart, e = spectralEnd;
          while (k2 <= e) {
            var rs = decodeHuffman(component2.huffmanTableAC);
            var s = rs & 15, r = rs >> 4;
            if (s === 0) {
              if (r < 15) {
                eobrun = receive(r) + (1 << r) - 1;
                break;
              }
              k2 += 16;
              continue;
            }
            k2 += r;
            var z = dctZigZag[k2];
            zz[z] = receiveAndExtend(s) * (1 << successive);
            k2++;
          }
        }
        var successiveACState = 0, successiveACNextValue;
        function decodeACSuccessive(component2, zz) {
          var k2 = spectralStart, e = spectralEnd, r = 0;
          while (k2 <= e) {
            var z = dctZigZag[k2];
            var direction = zz[z] < 0 ? -1 : 1;
            switch (successiveACState) {
              case 0:
                var rs = decodeHuffman(component2.huffmanTableAC);
                var s = rs & 15, r = rs >> 4;
                if (s === 0) {
                  if (r < 15) {
                    eobrun = receive(r) + (1 << r);
                    successiveACState = 4;
                  } else {
                    r = 16;
                    successiveACState = 1;
                  }
                } else {
                  if (s !== 1)
                    throw new Error("invalid ACn encoding");
                  successiveACNextValue = receiveAndExtend(s);
                  successiveACState = r ? 2 : 3;
                }
                continue;
              case 1:
              // skipping r zero items
              case 2:
                if (zz[z])
                  zz[z] += (readBit() << successive) * direction;
                else {
                  r--;
                  if (r === 0)
                    successiveACState = successiveACState == 2 ? 3 : 0;
                }
                break;
              case 3:
                if (zz[z])
                  zz[z] += (readBit() << successive) * direction;
                else {
                  zz[z] = successiveACNextValue << successive;
                  successiveACState = 0;
                }
                break;
              case 4:
                if (zz[z])
                  zz[z] += (readBit() << successive) * direction;
                break;
            }
            k2++;
          }
          if (successiveACState === 4) {
            eobrun--;
            if (eobrun === 0)
              successiveACState = 0;
          }
        }
        function decodeMcu(component2, decode2, mcu2, row, col) {
          var mcuRow = mcu2 / mcusPerLine | 0;
          var mcuCol = mcu2 % mcusPerLine;
          var blockRow = mcuRow * component2.v + row;
          var blockCol = mcuCol * component2.h + col;
          if (component2.blocks[blockRow] === void 0 && opts.tolerantDecoding)
            return;
          decode2(component2, component2.blocks[blockRow][blockCol]);
        }
        function decodeBlock(component2, decode2, mcu2) {
          var blockRow = mcu2 / component2.blocksPerLine | 0;
          var blockCol = mcu2 % component2.blocksPerLine;
          if (component2.blocks[blockRow] === void 0 && opts.tolerantDecoding)
            return;
          decode2(component2, component2.blocks[blockRow][blockCol]);
        }
        var componentsLength = components.length;
        var component, i, j, k, n;
        var decodeFn;
        if (progressive) {
          if (spectralStart === 0)
            decodeFn = successivePrev === 0 ? decodeDCFirst : decodeDCSuccessive;
          else
            decodeFn = successivePrev === 0 ? decodeACFirst : decodeACSuccessive;
        } else {
          decodeFn = decodeBaseline;
        }
        var mcu = 0, marker;
        var mcuExpected;
        if (componentsLength == 1) {
          mcuExpected = components[0].blocksPerLine * components[0].blocksPerColumn;
        } else {
          mcuExpected = mcusPerLine * frame.mcusPerColumn;
        }
        if (!resetInterval) resetInterval = mcuExpected;
        var h, v;
        while (mcu < mcuExpected) {
          for (i = 0; i < componentsLength; i++)
            components[i].pred = 0;
          eobrun = 0;
          if (componentsLength == 1) {
            component = components[0];
            for (n = 0; n < resetInterval; n++) {
              decodeBlock(component, decodeFn, mcu);
              mcu++;
            }
          } else {
            for (n = 0; n < resetInterval; n++) {
              for (i = 0; i < componentsLength; i++) {
                component = components[i];
                h = component.h;
                v = component.v;
                for (j = 0; j < v; j++) {
                  for (k = 0; k < h; k++) {
                    decodeMcu(component, decodeFn, mcu, j, k);
                  }
                }
              }
              mcu++;
              if (mcu === mcuExpected) break;
            }
          }
          if (mcu === mcuExpected) {
            do {
              if (data[offset] === 255) {
                if (data[offset + 1] !== 0) {
                  break;
                }
              }
              offset += 1;
            } while (offset < data.length - 2);
          }
          bitsCount = 0;
          marker = data[offset] << 8 | data[offset + 1];
          if (marker < 65280) {
            throw new Error("marker was not found");
          }
          if (marker >= 65488 && marker <= 65495) {
            offset += 2;
          } else
            break;
        }
        return offset - startOffset;
      }
      function buildComponentData(frame, component) {
        var lines = [];
        var blocksPerLine = component.blocksPerLine;
        var blocksPerColumn = component.blocksPerColumn;
        var samplesPerLine = blocksPerLine << 3;
        var R = new Int32Array(64), r = new Uint8Array(64);
        function quantizeAndInverse(zz, dataOut, dataIn) {
          var qt = component.quantizationTable;
          var v0, v1, v2, v3, v4, v5, v6, v7, t;
          var p = dataIn;
          var i2;
          for (i2 = 0; i2 < 64; i2++)
            p[i2] = zz[i2] * qt[i2];
          for (i2 = 0; i2 < 8; ++i2) {
            var row = 8 * i2;
            if (p[1 + row] == 0 && p[2 + row] == 0 && p[3 + row] == 0 && p[4 + row] == 0 && p[5 + row] == 0 && p[6 + row] == 0 && p[7 + row] == 0) {
              t = dctSqrt2 * p[0 + row] + 512 >> 10;
              p[0 + row] = t;
              p[1 + row] = t;
              p[2 + row] = t;
              p[3 + row] = t;
              p[4 + row] = t;
              p[5 + row] = t;
              p[6 + row] = t;
              p[7 + row] = t;
              continue;
            }
            v0 = dctSqrt2 * p[0 + row] + 128 >> 8;
            v1 = dctSqrt2 * p[4 + row] + 128 >> 8;
            v2 = p[2 + row];
            v3 = p[6 + row];
            v4 = dctSqrt1d2 * (p[1 + row] - p[7 + row]) + 128 >> 8;
            v7 = dctSqrt1d2 * (p[1 + row] + p[7 + row]) + 128 >> 8;
            v5 = p[3 + row] << 4;
            v6 = p[5 + row] << 4;
            t = v0 - v1 + 1 >> 1;
            v0 = v0 + v1 + 1 >> 1;
            v1 = t;
            t = v2 * dctSin6 + v3 * dctCos6 + 128 >> 8;
            v2 = v2 * dctCos6 - v3 * dctSin6 + 128 >> 8;
            v3 = t;
            t = v4 - v6 + 1 >> 1;
            v4 = v4 + v6 + 1 >> 1;
            v6 = t;
            t = v7 + v5 + 1 >> 1;
            v5 = v7 - v5 + 1 >> 1;
            v7 = t;
            t = v0 - v3 + 1 >> 1;
            v0 = v0 + v3 + 1 >> 1;
            v3 = t;
            t = v1 - v2 + 1 >> 1;
            v1 = v1 + v2 + 1 >> 1;
            v2 = t;
            t = v4 * dctSin3 + v7 * dctCos3 + 2048 >> 12;
            v4 = v4 * dctCos3 - v7 * dctSin3 + 2048 >> 12;
            v7 = t;
            t = v5 * dctSin1 + v6 * dctCos1 + 2048 >> 12;
            v5 = v5 * dctCos1 - v6 * dctSin1 + 2048 >> 12;
            v6 = t;
            p[0 + row] = v0 + v7;
            p[7 + row] = v0 - v7;
            p[1 + row] = v1 + v6;
            p[6 + row] = v1 - v6;
            p[2 + row] = v2 + v5;
            p[5 + row] = v2 - v5;
            p[3 + row] = v3 + v4;
            p[4 + row] = v3 - v4;
          }
          for (i2 = 0; i2 < 8; ++i2) {
            var col = i2;
            if (p[1 * 8 + col] == 0 && p[2 * 8 + col] == 0 && p[3 * 8 + col] == 0 && p[4 * 8 + col] == 0 && p[5 * 8 + col] == 0 && p[6 * 8 + col] == 0 && p[7 * 8 + col] == 0) {
              t = dctSqrt2 * dataIn[i2 + 0] + 8192 >> 14;
              p[0 * 8 + col] = t;
              p[1 * 8 + col] = t;
              p[2 * 8 + col] = t;
              p[3 * 8 + col] = t;
              p[4 * 8 + col] = t;
              p[5 * 8 + col] = t;
              p[6 * 8 + col] = t;
              p[7 * 8 + col] = t;
              continue;
            }
            v0 = dctSqrt2 * p[0 * 8 + col] + 2048 >> 12;
            v1 = dctSqrt2 * p[4 * 8 + col] + 2048 >> 12;
            v2 = p[2 * 8 + col];
            v3 = p[6 * 8 + col];
            v4 = dctSqrt1d2 * (p[1 * 8 + col] - p[7 * 8 + col]) + 2048 >> 12;
            v7 = dctSqrt1d2 * (p[1 * 8 + col] + p[7 * 8 + col]) + 2048 >> 12;
            v5 = p[3 * 8 + col];
            v6 = p[5 * 8 + col];
            t = v0 - v1 + 1 >> 1;
            v0 = v0 + v1 + 1 >> 1;
            v1 = t;
            t = v2 * dctSin6 + v3 * dctCos6 + 2048 >> 12;
            v2 = v2 * dctCos6 - v3 * dctSin6 + 2048 >> 12;
            v3 = t;
            t = v4 - v6 + 1 >> 1;
            v4 = v4 + v6 + 1 >> 1;
            v6 = t;
            t = v7 + v5 + 1 >> 1;
            v5 = v7 - v5 + 1 >> 1;
            v7 = t;
            t = v0 - v3 + 1 >> 1;
            v0 = v0 + v3 + 1 >> 1;
            v3 = t;
            t = v1 - v2 + 1 >> 1;
            v1 = v1 + v2 + 1 >> 1;
            v2 = t;
            t = v4 * dctSin3 + v7 * dctCos3 + 2048 >> 12;
            v4 = v4 * dctCos3 - v7 * dctSin3 + 2048 >> 12;
            v7 = t;
            t = v5 * dctSin1 + v6 * dctCos1 + 2048 >> 12;
            v5 = v5 * dctCos1 - v6 * dctSin1 + 2048 >> 12;
            v6 = t;
            p[0 * 8 + col] = v0 + v7;
            p[7 * 8 + col] = v0 - v7;
            p[1 * 8 + col] = v1 + v6;
            p[6 * 8 + col] = v1 - v6;
            p[2 * 8 + col] = v2 + v5;
            p[5 * 8 + col] = v2 - v5;
            p[3 * 8 + col] = v3 + v4;
            p[4 * 8 + col] = v3 - v4;
          }
          for (i2 = 0; i2 < 64; ++i2) {
            var sample2 = 128 + (p[i2] + 8 >> 4);
            dataOut[i2] = sample2 < 0 ? 0 : sample2 > 255 ? 255 : sample2;
          }
        }
        requestMemoryAllocation(samplesPerLine * blocksPerColumn * 8);
        var i, j;
        for (var blockRow = 0; blockRow < blocksPerColumn; blockRow++) {
          var scanLine = blockRow << 3;
          for (i = 0; i < 8; i++)
            lines.push(new Uint8Array(samplesPerLine));
          for (var blockCol = 0; blockCol < blocksPerLine; blockCol++) {
            quantizeAndInverse(component.blocks[blockRow][blockCol], r, R);
            var offset = 0, sample = blockCol << 3;
            for (j = 0; j < 8; j++) {
              var line = lines[scanLine + j];
              for (i = 0; i < 8; i++)
                line[sample + i] = r[offset++];
            }
          }
        }
        return lines;
      }
      function clampTo8bit(a) {
        return a < 0 ? 0 : a > 255 ? 255 : a;
      }
      constructor.prototype = {
        load: function load(path) {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", path, true);
          xhr.responseType = "arraybuffer";
          xhr.onload = (function() {
            var data = new Uint8Array(xhr.response || xhr.mozResponseArrayBuffer);
            this.parse(data);
            if (this.onload)
              this.onload();
          }).bind(this);
          xhr.send(null);
        },
        parse: function parse(data) {
          var maxResolutionInPixels = this.opts.maxResolutionInMP * 1e3 * 1e3;
          var offset = 0, length = data.length;
          function readUint16() {
            var value = data[offset] << 8 | data[offset + 1];
            offset += 2;
            return value;
          }
          function readDataBlock() {
            var length2 = readUint16();
            var array = data.subarray(offset, offset + length2 - 2);
            offset += array.length;
            return array;
          }
          function prepareComponents(frame2) {
            var maxH2 = 1, maxV2 = 1;
            var component2, componentId2;
            for (componentId2 in frame2.components) {
              if (frame2.components.hasOwnProperty(componentId2)) {
                component2 = frame2.components[componentId2];
                if (maxH2 < component2.h) maxH2 = component2.h;
                if (maxV2 < component2.v) maxV2 = component2.v;
              }
            }
            var mcusPerLine = Math.ceil(frame2.samplesPerLine / 8 / maxH2);
            var mcusPerColumn = Math.ceil(frame2.scanLines / 8 / maxV2);
            for (componentId2 in frame2.components) {
              if (frame2.components.hasOwnProperty(componentId2)) {
                component2 = frame2.components[componentId2];
                var blocksPerLine = Math.ceil(Math.ceil(frame2.samplesPerLine / 8) * component2.h / maxH2);
                var blocksPerColumn = Math.ceil(Math.ceil(frame2.scanLines / 8) * component2.v / maxV2);
                var blocksPerLineForMcu = mcusPerLine * component2.h;
                var blocksPerColumnForMcu = mcusPerColumn * component2.v;
                var blocksToAllocate = blocksPerColumnForMcu * blocksPerLineForMcu;
                var blocks = [];
                requestMemoryAllocation(blocksToAllocate * 256);
                for (var i2 = 0; i2 < blocksPerColumnForMcu; i2++) {
                  var row = [];
                  for (var j2 = 0; j2 < blocksPerLineForMcu; j2++)
                    row.push(new Int32Array(64));
                  blocks.push(row);
                }
                component2.blocksPerLine = blocksPerLine;
                component2.blocksPerColumn = blocksPerColumn;
                component2.blocks = blocks;
              }
            }
            frame2.maxH = maxH2;
            frame2.maxV = maxV2;
            frame2.mcusPerLine = mcusPerLine;
            frame2.mcusPerColumn = mcusPerColumn;
          }
          var jfif = null;
          var adobe = null;
          var pixels = null;
          var frame, resetInterval;
          var quantizationTables = [], frames = [];
          var huffmanTablesAC = [], huffmanTablesDC = [];
          var fileMarker = readUint16();
          var malformedDataOffset = -1;
          this.comments = [];
          if (fileMarker != 65496) {
            throw new Error("SOI not found");
          }
          fileMarker = readUint16();
          while (fileMarker != 65497) {
            var i, j, l;
            switch (fileMarker) {
              case 65280:
                break;
              case 65504:
              // APP0 (Application Specific)
              case 65505:
              // APP1
              case 65506:
              // APP2
              case 65507:
              // APP3
              case 65508:
              // APP4
              case 65509:
              // APP5
              case 65510:
              // APP6
              case 65511:
              // APP7
              case 65512:
              // APP8
              case 65513:
              // APP9
              case 65514:
              // APP10
              case 65515:
              // APP11
              case 65516:
              // APP12
              case 65517:
              // APP13
              case 65518:
              // APP14
              case 65519:
              // APP15
              case 65534:
                var appData = readDataBlock();
                if (fileMarker === 65534) {
                  var comment = String.fromCharCode.apply(null, appData);
                  this.comments.push(comment);
                }
                if (fileMarker === 65504) {
                  if (appData[0] === 74 && appData[1] === 70 && appData[2] === 73 && appData[3] === 70 && appData[4] === 0) {
                    jfif = {
                      version: { major: appData[5], minor: appData[6] },
                      densityUnits: appData[7],
                      xDensity: appData[8] << 8 | appData[9],
                      yDensity: appData[10] << 8 | appData[11],
                      thumbWidth: appData[12],
                      thumbHeight: appData[13],
                      thumbData: appData.subarray(14, 14 + 3 * appData[12] * appData[13])
                    };
                  }
                }
                if (fileMarker === 65505) {
                  if (appData[0] === 69 && appData[1] === 120 && appData[2] === 105 && appData[3] === 102 && appData[4] === 0) {
                    this.exifBuffer = appData.subarray(5, appData.length);
                  }
                }
                if (fileMarker === 65518) {
                  if (appData[0] === 65 && appData[1] === 100 && appData[2] === 111 && appData[3] === 98 && appData[4] === 101 && appData[5] === 0) {
                    adobe = {
                      version: appData[6],
                      flags0: appData[7] << 8 | appData[8],
                      flags1: appData[9] << 8 | appData[10],
                      transformCode: appData[11]
                    };
                  }
                }
                break;
              case 65499:
                var quantizationTablesLength = readUint16();
                var quantizationTablesEnd = quantizationTablesLength + offset - 2;
                while (offset < quantizationTablesEnd) {
                  var quantizationTableSpec = data[offset++];
                  requestMemoryAllocation(64 * 4);
                  var tableData = new Int32Array(64);
                  if (quantizationTableSpec >> 4 === 0) {
                    for (j = 0; j < 64; j++) {
                      var z = dctZigZag[j];
                      tableData[z] = data[offset++];
                    }
                  } else if (quantizationTableSpec >> 4 === 1) {
                    for (j = 0; j < 64; j++) {
                      var z = dctZigZag[j];
                      tableData[z] = readUint16();
                    }
                  } else
                    throw new Error("DQT: invalid table spec");
                  quantizationTables[quantizationTableSpec & 15] = tableData;
                }
                break;
              case 65472:
              // SOF0 (Start of Frame, Baseline DCT)
              case 65473:
              // SOF1 (Start of Frame, Extended DCT)
              case 65474:
                readUint16();
                frame = {};
                frame.extended = fileMarker === 65473;
                frame.progressive = fileMarker === 65474;
                frame.precision = data[offset++];
                frame.scanLines = readUint16();
                frame.samplesPerLine = readUint16();
                frame.components = {};
                frame.componentsOrder = [];
                var pixelsInFrame = frame.scanLines * frame.samplesPerLine;
                if (pixelsInFrame > maxResolutionInPixels) {
                  var exceededAmount = Math.ceil((pixelsInFrame - maxResolutionInPixels) / 1e6);
                  throw new Error(`maxResolutionInMP limit exceeded by ${exceededAmount}MP`);
                }
                var componentsCount = data[offset++], componentId;
                var maxH = 0, maxV = 0;
                for (i = 0; i < componentsCount; i++) {
                  componentId = data[offset];
                  var h = data[offset + 1] >> 4;
                  var v = data[offset + 1] & 15;
                  var qId = data[offset + 2];
                  if (h <= 0 || v <= 0) {
                    throw new Error("Invalid sampling factor, expected values above 0");
                  }
                  frame.componentsOrder.push(componentId);
                  frame.components[componentId] = {
                    h,
                    v,
                    quantizationIdx: qId
                  };
                  offset += 3;
                }
                prepareComponents(frame);
                frames.push(frame);
                break;
              case 65476:
                var huffmanLength = readUint16();
                for (i = 2; i < huffmanLength; ) {
                  var huffmanTableSpec = data[offset++];
                  var codeLengths = new Uint8Array(16);
                  var codeLengthSum = 0;
                  for (j = 0; j < 16; j++, offset++) {
                    codeLengthSum += codeLengths[j] = data[offset];
                  }
                  requestMemoryAllocation(16 + codeLengthSum);
                  var huffmanValues = new Uint8Array(codeLengthSum);
                  for (j = 0; j < codeLengthSum; j++, offset++)
                    huffmanValues[j] = data[offset];
                  i += 17 + codeLengthSum;
                  (huffmanTableSpec >> 4 === 0 ? huffmanTablesDC : huffmanTablesAC)[huffmanTableSpec & 15] = buildHuffmanTable(codeLengths, huffmanValues);
                }
                break;
              case 65501:
                readUint16();
                resetInterval = readUint16();
                break;
              case 65500:
                readUint16();
                readUint16();
                break;
              case 65498:
                var scanLength = readUint16();
                var selectorsCount = data[offset++];
                var components = [], component;
                for (i = 0; i < selectorsCount; i++) {
                  component = frame.components[data[offset++]];
                  var tableSpec = data[offset++];
                  component.huffmanTableDC = huffmanTablesDC[tableSpec >> 4];
                  component.huffmanTableAC = huffmanTablesAC[tableSpec & 15];
                  components.push(component);
                }
                var spectralStart = data[offset++];
                var spectralEnd = data[offset++];
                var successiveApproximation = data[offset++];
                var processed = decodeScan(
                  data,
                  offset,
                  frame,
                  components,
                  resetInterval,
                  spectralStart,
                  spectralEnd,
                  successiveApproximation >> 4,
                  successiveApproximation & 15,
                  this.opts
                );
                offset += processed;
                break;
              case 65535:
                if (data[offset] !== 255) {
                  offset--;
                }
                break;
              default:
                if (data[offset - 3] == 255 && data[offset - 2] >= 192 && data[offset - 2] <= 254) {
                  offset -= 3;
                  break;
                } else if (fileMarker === 224 || fileMarker == 225) {
                  if (malformedDataOffset !== -1) {
                    throw new Error(`first unknown JPEG marker at offset ${malformedDataOffset.toString(16)}, second unknown JPEG marker ${fileMarker.toString(16)} at offset ${(offset - 1).toString(16)}`);
                  }
                  malformedDataOffset = offset - 1;
                  const nextOffset = readUint16();
                  if (data[offset + nextOffset - 2] === 255) {
                    offset += nextOffset - 2;
                    break;
                  }
                }
                throw new Error("unknown JPEG marker " + fileMarker.toString(16));
            }
            fileMarker = readUint16();
          }
          if (frames.length != 1)
            throw new Error("only single frame JPEGs supported");
          for (var i = 0; i < frames.length; i++) {
            var cp = frames[i].components;
            for (var j in cp) {
              cp[j].quantizationTable = quantizationTables[cp[j].quantizationIdx];
              delete cp[j].quantizationIdx;
            }
          }
          this.width = frame.samplesPerLine;
          this.height = frame.scanLines;
          this.jfif = jfif;
          this.adobe = adobe;
          this.components = [];
          for (var i = 0; i < frame.componentsOrder.length; i++) {
            var component = frame.components[frame.componentsOrder[i]];
            this.components.push({
              lines: buildComponentData(frame, component),
              scaleX: component.h / frame.maxH,
              scaleY: component.v / frame.maxV
            });
          }
        },
        getData: function getData(width, height) {
          var scaleX = this.width / width, scaleY = this.height / height;
          var component1, component2, component3, component4;
          var component1Line, component2Line, component3Line, component4Line;
          var x, y;
          var offset = 0;
          var Y, Cb, Cr, K, C, M, Ye, R, G, B;
          var colorTransform;
          var dataLength = width * height * this.components.length;
          requestMemoryAllocation(dataLength);
          var data = new Uint8Array(dataLength);
          switch (this.components.length) {
            case 1:
              component1 = this.components[0];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                for (x = 0; x < width; x++) {
                  Y = component1Line[0 | x * component1.scaleX * scaleX];
                  data[offset++] = Y;
                }
              }
              break;
            case 2:
              component1 = this.components[0];
              component2 = this.components[1];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                component2Line = component2.lines[0 | y * component2.scaleY * scaleY];
                for (x = 0; x < width; x++) {
                  Y = component1Line[0 | x * component1.scaleX * scaleX];
                  data[offset++] = Y;
                  Y = component2Line[0 | x * component2.scaleX * scaleX];
                  data[offset++] = Y;
                }
              }
              break;
            case 3:
              colorTransform = true;
              if (this.adobe && this.adobe.transformCode)
                colorTransform = true;
              else if (typeof this.opts.colorTransform !== "undefined")
                colorTransform = !!this.opts.colorTransform;
              component1 = this.components[0];
              component2 = this.components[1];
              component3 = this.components[2];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                component2Line = component2.lines[0 | y * component2.scaleY * scaleY];
                component3Line = component3.lines[0 | y * component3.scaleY * scaleY];
                for (x = 0; x < width; x++) {
                  if (!colorTransform) {
                    R = component1Line[0 | x * component1.scaleX * scaleX];
                    G = component2Line[0 | x * component2.scaleX * scaleX];
                    B = component3Line[0 | x * component3.scaleX * scaleX];
                  } else {
                    Y = component1Line[0 | x * component1.scaleX * scaleX];
                    Cb = component2Line[0 | x * component2.scaleX * scaleX];
                    Cr = component3Line[0 | x * component3.scaleX * scaleX];
                    R = clampTo8bit(Y + 1.402 * (Cr - 128));
                    G = clampTo8bit(Y - 0.3441363 * (Cb - 128) - 0.71413636 * (Cr - 128));
                    B = clampTo8bit(Y + 1.772 * (Cb - 128));
                  }
                  data[offset++] = R;
                  data[offset++] = G;
                  data[offset++] = B;
                }
              }
              break;
            case 4:
              if (!this.adobe)
                throw new Error("Unsupported color mode (4 components)");
              colorTransform = false;
              if (this.adobe && this.adobe.transformCode)
                colorTransform = true;
              else if (typeof this.opts.colorTransform !== "undefined")
                colorTransform = !!this.opts.colorTransform;
              component1 = this.components[0];
              component2 = this.components[1];
              component3 = this.components[2];
              component4 = this.components[3];
              for (y = 0; y < height; y++) {
                component1Line = component1.lines[0 | y * component1.scaleY * scaleY];
                component2Line = component2.lines[0 | y * component2.scaleY * scaleY];
                component3Line = component3.lines[0 | y * component3.scaleY * scaleY];
                component4Line = component4.lines[0 | y * component4.scaleY * scaleY];
                for (x = 0; x < width; x++) {
                  if (!colorTransform) {
                    C = component1Line[0 | x * component1.scaleX * scaleX];
                    M = component2Line[0 | x * component2.scaleX * scaleX];
                    Ye = component3Line[0 | x * component3.scaleX * scaleX];
                    K = component4Line[0 | x * component4.scaleX * scaleX];
                  } else {
                    Y = component1Line[0 | x * component1.scaleX * scaleX];
                    Cb = component2Line[0 | x * component2.scaleX * scaleX];
                    Cr = component3Line[0 | x * component3.scaleX * scaleX];
                    K = component4Line[0 | x * component4.scaleX * scaleX];
                    C = 255 - clampTo8bit(Y + 1.402 * (Cr - 128));
                    M = 255 - clampTo8bit(Y - 0.3441363 * (Cb - 128) - 0.71413636 * (Cr - 128));
                    Ye = 255 - clampTo8bit(Y + 1.772 * (Cb - 128));
                  }
                  data[offset++] = 255 - C;
                  data[offset++] = 255 - M;
                  data[offset++] = 255 - Ye;
                  data[offset++] = 255 - K;
                }
              }
              break;
            default:
              throw new Error("Unsupported color mode");
          }
          return data;
        },
        copyToImageData: function copyToImageData(imageData, formatAsRGBA) {
          var width = imageData.width, height = imageData.height;
          var imageDataArray = imageData.data;
          var data = this.getData(width, height);
          var i = 0, j = 0, x, y;
          var Y, K, C, M, R, G, B;
          switch (this.components.length) {
            case 1:
              for (y = 0; y < height; y++) {
                for (x = 0; x < width; x++) {
                  Y = data[i++];
                  imageDataArray[j++] = Y;
                  imageDataArray[j++] = Y;
                  imageDataArray[j++] = Y;
                  if (formatAsRGBA) {
                    imageDataArray[j++] = 255;
                  }
                }
              }
              break;
            case 3:
              for (y = 0; y < height; y++) {
                for (x = 0; x < width; x++) {
                  R = data[i++];
                  G = data[i++];
                  B = data[i++];
                  imageDataArray[j++] = R;
                  imageDataArray[j++] = G;
                  imageDataArray[j++] = B;
                  if (formatAsRGBA) {
                    imageDataArray[j++] = 255;
                  }
                }
              }
              break;
            case 4:
              for (y = 0; y < height; y++) {
                for (x = 0; x < width; x++) {
                  C = data[i++];
                  M = data[i++];
                  Y = data[i++];
                  K = data[i++];
                  R = 255 - clampTo8bit(C * (1 - K / 255) + K);
                  G = 255 - clampTo8bit(M * (1 - K / 255) + K);
                  B = 255 - clampTo8bit(Y * (1 - K / 255) + K);
                  imageDataArray[j++] = R;
                  imageDataArray[j++] = G;
                  imageDataArray[j++] = B;
                  if (formatAsRGBA) {
                    imageDataArray[j++] = 255;
                  }
                }
              }
              break;
            default:
              throw new Error("Unsupported color mode");
          }
        }
      };
      var totalBytesAllocated = 0;
      var maxMemoryUsageBytes = 0;
      function requestMemoryAllocation(increaseAmount = 0) {
        var totalMemoryImpactBytes = totalBytesAllocated + increaseAmount;
        if (totalMemoryImpactBytes > maxMemoryUsageBytes) {
          var exceededAmount = Math.ceil((totalMemoryImpactBytes - maxMemoryUsageBytes) / 1024 / 1024);
          throw new Error(`maxMemoryUsageInMB limit exceeded by at least ${exceededAmount}MB`);
        }
        totalBytesAllocated = totalMemoryImpactBytes;
      }
      constructor.resetMaxMemoryUsage = function(maxMemoryUsageBytes_) {
        totalBytesAllocated = 0;
        maxMemoryUsageBytes = maxMemoryUsageBytes_;
      };
      constructor.getBytesAllocated = function() {
        return totalBytesAllocated;
      };
      constructor.requestMemoryAllocation = requestMemoryAllocation;
      return constructor;
    })();
    if (typeof module !== "undefined") {
      module.exports = decode;
    } else if (typeof window !== "undefined") {
      window["jpeg-js"] = window["jpeg-js"] || {};
      window["jpeg-js"].decode = decode;
    }
    function decode(jpegData, userOpts = {}) {
      var defaultOpts = {
        // "undefined" means "Choose whether to transform colors based on the image’s color model."
        colorTransform: void 0,
        useTArray: false,
        formatAsRGBA: true,
        tolerantDecoding: true,
        maxResolutionInMP: 100,
        // Don't decode more than 100 megapixels
        maxMemoryUsageInMB: 512
        // Don't decode if memory footprint is more than 512MB
      };
      var opts = { ...defaultOpts, ...userOpts };
      var arr = new Uint8Array(jpegData);
      var decoder2 = new JpegImage();
      decoder2.opts = opts;
      JpegImage.resetMaxMemoryUsage(opts.maxMemoryUsageInMB * 1024 * 1024);
      decoder2.parse(arr);
      var channels = opts.formatAsRGBA ? 4 : 3;
      var bytesNeeded = decoder2.width * decoder2.height * channels;
      try {
        JpegImage.requestMemoryAllocation(bytesNeeded);
        var image = {
          width: decoder2.width,
          height: decoder2.height,
          exifBuffer: decoder2.exifBuffer,
          data: opts.useTArray ? new Uint8Array(bytesNeeded) : Buffer.alloc(bytesNeeded)
        };
        if (decoder2.comments.length > 0) {
          image["comments"] = decoder2.comments;
        }
      } catch (err) {
        if (err instanceof RangeError) {
          throw new Error("Could not allocate enough memory for the image. Required: " + bytesNeeded);
        }
        if (err instanceof ReferenceError) {
          if (err.message === "Buffer is not defined") {
            throw new Error("Buffer is not globally defined in this environment. Consider setting useTArray to true");
          }
        }
        throw err;
      }
      decoder2.copyToImageData(image, opts.formatAsRGBA);
      return image;
    }
  }
});

// node_modules/jpeg-js/index.js
var require_jpeg_js = __commonJS({
  "node_modules/jpeg-js/index.js"(exports, module) {
    var encode = require_encoder();
    var decode = require_decoder();
    module.exports = {
      encode,
      decode
    };
  }
});

// node_modules/@jsquash/jpeg/codec/dec/mozjpeg_dec.js
var Module = (() => {
  var _scriptDir = import.meta.url;
  return (function(moduleArg = {}) {
    var Module2 = moduleArg;
    var readyPromiseResolve, readyPromiseReject;
    var readyPromise = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
    const isServiceWorker = globalThis.ServiceWorkerGlobalScope !== void 0;
    const isRunningInCloudFlareWorkers = isServiceWorker && typeof self !== "undefined" && globalThis.caches && globalThis.caches.default !== void 0;
    const isRunningInNode = typeof process === "object" && process.release && process.release.name === "node";
    if (isRunningInCloudFlareWorkers || isRunningInNode) {
      if (!globalThis.ImageData) {
        globalThis.ImageData = class ImageData {
          constructor(data, width, height) {
            this.data = data;
            this.width = width;
            this.height = height;
          }
        };
      }
      if (import.meta.url === void 0) {
        import.meta.url = "https://localhost";
      }
      if (typeof self !== "undefined" && self.location === void 0) {
        self.location = { href: "" };
      }
    }
    var moduleOverrides = Object.assign({}, Module2);
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = (status, toThrow) => {
      throw toThrow;
    };
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof importScripts == "function";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string";
    var scriptDirectory = "";
    function locateFile(path) {
      if (Module2["locateFile"]) {
        return Module2["locateFile"](path, scriptDirectory);
      }
      return scriptDirectory + path;
    }
    var read_, readAsync, readBinary;
    if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptDir) {
        scriptDirectory = _scriptDir;
      }
      if (scriptDirectory.startsWith("blob:")) {
        scriptDirectory = "";
      } else {
        scriptDirectory = scriptDirectory.substr(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      }
      {
        read_ = (url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.send(null);
          return xhr.responseText;
        };
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = (url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(xhr.response);
          };
        }
        readAsync = (url, onload, onerror) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, true);
          xhr.responseType = "arraybuffer";
          xhr.onload = () => {
            if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
              onload(xhr.response);
              return;
            }
            onerror();
          };
          xhr.onerror = onerror;
          xhr.send(null);
        };
      }
    } else {
    }
    var out = Module2["print"] || console.log.bind(console);
    var err = Module2["printErr"] || console.error.bind(console);
    Object.assign(Module2, moduleOverrides);
    moduleOverrides = null;
    if (Module2["arguments"]) arguments_ = Module2["arguments"];
    if (Module2["thisProgram"]) thisProgram = Module2["thisProgram"];
    if (Module2["quit"]) quit_ = Module2["quit"];
    var wasmBinary;
    if (Module2["wasmBinary"]) wasmBinary = Module2["wasmBinary"];
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module2["HEAP8"] = HEAP8 = new Int8Array(b);
      Module2["HEAP16"] = HEAP16 = new Int16Array(b);
      Module2["HEAPU8"] = HEAPU8 = new Uint8Array(b);
      Module2["HEAPU16"] = HEAPU16 = new Uint16Array(b);
      Module2["HEAP32"] = HEAP32 = new Int32Array(b);
      Module2["HEAPU32"] = HEAPU32 = new Uint32Array(b);
      Module2["HEAPF32"] = HEAPF32 = new Float32Array(b);
      Module2["HEAPF64"] = HEAPF64 = new Float64Array(b);
    }
    var __ATPRERUN__ = [];
    var __ATINIT__ = [];
    var __ATPOSTRUN__ = [];
    var runtimeInitialized = false;
    function preRun() {
      if (Module2["preRun"]) {
        if (typeof Module2["preRun"] == "function") Module2["preRun"] = [Module2["preRun"]];
        while (Module2["preRun"].length) {
          addOnPreRun(Module2["preRun"].shift());
        }
      }
      callRuntimeCallbacks(__ATPRERUN__);
    }
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__ATINIT__);
    }
    function postRun() {
      if (Module2["postRun"]) {
        if (typeof Module2["postRun"] == "function") Module2["postRun"] = [Module2["postRun"]];
        while (Module2["postRun"].length) {
          addOnPostRun(Module2["postRun"].shift());
        }
      }
      callRuntimeCallbacks(__ATPOSTRUN__);
    }
    function addOnPreRun(cb) {
      __ATPRERUN__.unshift(cb);
    }
    function addOnInit(cb) {
      __ATINIT__.unshift(cb);
    }
    function addOnPostRun(cb) {
      __ATPOSTRUN__.unshift(cb);
    }
    var runDependencies = 0;
    var runDependencyWatcher = null;
    var dependenciesFulfilled = null;
    function addRunDependency(id) {
      runDependencies++;
      Module2["monitorRunDependencies"]?.(runDependencies);
    }
    function removeRunDependency(id) {
      runDependencies--;
      Module2["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (runDependencyWatcher !== null) {
          clearInterval(runDependencyWatcher);
          runDependencyWatcher = null;
        }
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    function abort(what) {
      Module2["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      EXITSTATUS = 1;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    var dataURIPrefix = "data:application/octet-stream;base64,";
    var isDataURI = (filename) => filename.startsWith(dataURIPrefix);
    var wasmBinaryFile;
    if (Module2["locateFile"]) {
      wasmBinaryFile = "mozjpeg_dec.wasm";
      if (!isDataURI(wasmBinaryFile)) {
        wasmBinaryFile = locateFile(wasmBinaryFile);
      }
    } else {
      wasmBinaryFile = new URL("mozjpeg_dec.wasm", import.meta.url).href;
    }
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    function getBinaryPromise(binaryFile) {
      if (!wasmBinary && (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER)) {
        if (typeof fetch == "function") {
          return fetch(binaryFile, { credentials: "same-origin" }).then((response) => {
            if (!response["ok"]) {
              throw `failed to load wasm binary file at '${binaryFile}'`;
            }
            return response["arrayBuffer"]();
          }).catch(() => getBinarySync(binaryFile));
        }
      }
      return Promise.resolve().then(() => getBinarySync(binaryFile));
    }
    function instantiateArrayBuffer(binaryFile, imports, receiver) {
      return getBinaryPromise(binaryFile).then((binary) => WebAssembly.instantiate(binary, imports)).then(receiver, (reason) => {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      });
    }
    function instantiateAsync(binary, binaryFile, imports, callback) {
      if (!binary && typeof WebAssembly.instantiateStreaming == "function" && !isDataURI(binaryFile) && typeof fetch == "function") {
        return fetch(binaryFile, { credentials: "same-origin" }).then((response) => {
          var result = WebAssembly.instantiateStreaming(response, imports);
          return result.then(callback, function(reason) {
            err(`wasm streaming compile failed: ${reason}`);
            err("falling back to ArrayBuffer instantiation");
            return instantiateArrayBuffer(binaryFile, imports, callback);
          });
        });
      }
      return instantiateArrayBuffer(binaryFile, imports, callback);
    }
    function createWasm() {
      var info = { "a": wasmImports };
      function receiveInstance(instance, module) {
        wasmExports = instance.exports;
        wasmMemory = wasmExports["A"];
        updateMemoryViews();
        wasmTable = wasmExports["F"];
        addOnInit(wasmExports["B"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result) {
        receiveInstance(result["instance"]);
      }
      if (Module2["instantiateWasm"]) {
        try {
          return Module2["instantiateWasm"](info, receiveInstance);
        } catch (e) {
          err(`Module.instantiateWasm callback failed with error: ${e}`);
          readyPromiseReject(e);
        }
      }
      instantiateAsync(wasmBinary, wasmBinaryFile, info, receiveInstantiationResult).catch(readyPromiseReject);
      return {};
    }
    function ExitStatus(status) {
      this.name = "ExitStatus";
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
    var callRuntimeCallbacks = (callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module2);
      }
    };
    var noExitRuntime = Module2["noExitRuntime"] || true;
    class ExceptionInfo {
      constructor(excPtr) {
        this.excPtr = excPtr;
        this.ptr = excPtr - 24;
      }
      set_type(type) {
        HEAPU32[this.ptr + 4 >> 2] = type;
      }
      get_type() {
        return HEAPU32[this.ptr + 4 >> 2];
      }
      set_destructor(destructor) {
        HEAPU32[this.ptr + 8 >> 2] = destructor;
      }
      get_destructor() {
        return HEAPU32[this.ptr + 8 >> 2];
      }
      set_caught(caught) {
        caught = caught ? 1 : 0;
        HEAP8[this.ptr + 12] = caught;
      }
      get_caught() {
        return HEAP8[this.ptr + 12] != 0;
      }
      set_rethrown(rethrown) {
        rethrown = rethrown ? 1 : 0;
        HEAP8[this.ptr + 13] = rethrown;
      }
      get_rethrown() {
        return HEAP8[this.ptr + 13] != 0;
      }
      init(type, destructor) {
        this.set_adjusted_ptr(0);
        this.set_type(type);
        this.set_destructor(destructor);
      }
      set_adjusted_ptr(adjustedPtr) {
        HEAPU32[this.ptr + 16 >> 2] = adjustedPtr;
      }
      get_adjusted_ptr() {
        return HEAPU32[this.ptr + 16 >> 2];
      }
      get_exception_ptr() {
        var isPointer = ___cxa_is_pointer_type(this.get_type());
        if (isPointer) {
          return HEAPU32[this.excPtr >> 2];
        }
        var adjusted = this.get_adjusted_ptr();
        if (adjusted !== 0) return adjusted;
        return this.excPtr;
      }
    }
    var exceptionLast = 0;
    var uncaughtExceptionCount = 0;
    var ___cxa_throw = (ptr, type, destructor) => {
      var info = new ExceptionInfo(ptr);
      info.init(type, destructor);
      exceptionLast = ptr;
      uncaughtExceptionCount++;
      throw exceptionLast;
    };
    var __embind_register_bigint = (primitiveType, name, size, minRange, maxRange) => {
    };
    var embind_init_charCodes = () => {
      var codes = new Array(256);
      for (var i = 0; i < 256; ++i) {
        codes[i] = String.fromCharCode(i);
      }
      embind_charCodes = codes;
    };
    var embind_charCodes;
    var readLatin1String = (ptr) => {
      var ret = "";
      var c = ptr;
      while (HEAPU8[c]) {
        ret += embind_charCodes[HEAPU8[c++]];
      }
      return ret;
    };
    var awaitingDependencies = {};
    var registeredTypes = {};
    var typeDependencies = {};
    var BindingError;
    var throwBindingError = (message) => {
      throw new BindingError(message);
    };
    var InternalError;
    var throwInternalError = (message) => {
      throw new InternalError(message);
    };
    var whenDependentTypesAreResolved = (myTypes, dependentTypes, getTypeConverters) => {
      myTypes.forEach(function(type) {
        typeDependencies[type] = dependentTypes;
      });
      function onComplete(typeConverters2) {
        var myTypeConverters = getTypeConverters(typeConverters2);
        if (myTypeConverters.length !== myTypes.length) {
          throwInternalError("Mismatched type converter count");
        }
        for (var i = 0; i < myTypes.length; ++i) {
          registerType(myTypes[i], myTypeConverters[i]);
        }
      }
      var typeConverters = new Array(dependentTypes.length);
      var unregisteredTypes = [];
      var registered = 0;
      dependentTypes.forEach((dt, i) => {
        if (registeredTypes.hasOwnProperty(dt)) {
          typeConverters[i] = registeredTypes[dt];
        } else {
          unregisteredTypes.push(dt);
          if (!awaitingDependencies.hasOwnProperty(dt)) {
            awaitingDependencies[dt] = [];
          }
          awaitingDependencies[dt].push(() => {
            typeConverters[i] = registeredTypes[dt];
            ++registered;
            if (registered === unregisteredTypes.length) {
              onComplete(typeConverters);
            }
          });
        }
      });
      if (0 === unregisteredTypes.length) {
        onComplete(typeConverters);
      }
    };
    function sharedRegisterType(rawType, registeredInstance, options = {}) {
      var name = registeredInstance.name;
      if (!rawType) {
        throwBindingError(`type "${name}" must have a positive integer typeid pointer`);
      }
      if (registeredTypes.hasOwnProperty(rawType)) {
        if (options.ignoreDuplicateRegistrations) {
          return;
        } else {
          throwBindingError(`Cannot register type '${name}' twice`);
        }
      }
      registeredTypes[rawType] = registeredInstance;
      delete typeDependencies[rawType];
      if (awaitingDependencies.hasOwnProperty(rawType)) {
        var callbacks = awaitingDependencies[rawType];
        delete awaitingDependencies[rawType];
        callbacks.forEach((cb) => cb());
      }
    }
    function registerType(rawType, registeredInstance, options = {}) {
      if (!("argPackAdvance" in registeredInstance)) {
        throw new TypeError("registerType registeredInstance requires argPackAdvance");
      }
      return sharedRegisterType(rawType, registeredInstance, options);
    }
    var GenericWireTypeSize = 8;
    var __embind_register_bool = (rawType, name, trueValue, falseValue) => {
      name = readLatin1String(name);
      registerType(rawType, { name, "fromWireType": function(wt) {
        return !!wt;
      }, "toWireType": function(destructors, o) {
        return o ? trueValue : falseValue;
      }, "argPackAdvance": GenericWireTypeSize, "readValueFromPointer": function(pointer) {
        return this["fromWireType"](HEAPU8[pointer]);
      }, destructorFunction: null });
    };
    var emval_freelist = [];
    var emval_handles = [];
    var __emval_decref = (handle) => {
      if (handle > 9 && 0 === --emval_handles[handle + 1]) {
        emval_handles[handle] = void 0;
        emval_freelist.push(handle);
      }
    };
    var count_emval_handles = () => emval_handles.length / 2 - 5 - emval_freelist.length;
    var init_emval = () => {
      emval_handles.push(0, 1, void 0, 1, null, 1, true, 1, false, 1);
      Module2["count_emval_handles"] = count_emval_handles;
    };
    var Emval = { toValue: (handle) => {
      if (!handle) {
        throwBindingError("Cannot use deleted val. handle = " + handle);
      }
      return emval_handles[handle];
    }, toHandle: (value) => {
      switch (value) {
        case void 0:
          return 2;
        case null:
          return 4;
        case true:
          return 6;
        case false:
          return 8;
        default: {
          const handle = emval_freelist.pop() || emval_handles.length;
          emval_handles[handle] = value;
          emval_handles[handle + 1] = 1;
          return handle;
        }
      }
    } };
    function readPointer(pointer) {
      return this["fromWireType"](HEAPU32[pointer >> 2]);
    }
    var EmValType = { name: "emscripten::val", "fromWireType": (handle) => {
      var rv = Emval.toValue(handle);
      __emval_decref(handle);
      return rv;
    }, "toWireType": (destructors, value) => Emval.toHandle(value), "argPackAdvance": GenericWireTypeSize, "readValueFromPointer": readPointer, destructorFunction: null };
    var __embind_register_emval = (rawType) => registerType(rawType, EmValType);
    var floatReadValueFromPointer = (name, width) => {
      switch (width) {
        case 4:
          return function(pointer) {
            return this["fromWireType"](HEAPF32[pointer >> 2]);
          };
        case 8:
          return function(pointer) {
            return this["fromWireType"](HEAPF64[pointer >> 3]);
          };
        default:
          throw new TypeError(`invalid float width (${width}): ${name}`);
      }
    };
    var __embind_register_float = (rawType, name, size) => {
      name = readLatin1String(name);
      registerType(rawType, { name, "fromWireType": (value) => value, "toWireType": (destructors, value) => value, "argPackAdvance": GenericWireTypeSize, "readValueFromPointer": floatReadValueFromPointer(name, size), destructorFunction: null });
    };
    var createNamedFunction = (name, body) => Object.defineProperty(body, "name", { value: name });
    var runDestructors = (destructors) => {
      while (destructors.length) {
        var ptr = destructors.pop();
        var del = destructors.pop();
        del(ptr);
      }
    };
    function usesDestructorStack(argTypes) {
      for (var i = 1; i < argTypes.length; ++i) {
        if (argTypes[i] !== null && argTypes[i].destructorFunction === void 0) {
          return true;
        }
      }
      return false;
    }
    function craftInvokerFunction(humanName, argTypes, classType, cppInvokerFunc, cppTargetFunc, isAsync) {
      var argCount = argTypes.length;
      if (argCount < 2) {
        throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!");
      }
      var isClassMethodFunc = argTypes[1] !== null && classType !== null;
      var needsDestructorStack = usesDestructorStack(argTypes);
      var returns = argTypes[0].name !== "void";
      var expectedArgCount = argCount - 2;
      var argsWired = new Array(expectedArgCount);
      var invokerFuncArgs = [];
      var destructors = [];
      var invokerFn = function(...args) {
        if (args.length !== expectedArgCount) {
          throwBindingError(`function ${humanName} called with ${args.length} arguments, expected ${expectedArgCount}`);
        }
        destructors.length = 0;
        var thisWired;
        invokerFuncArgs.length = isClassMethodFunc ? 2 : 1;
        invokerFuncArgs[0] = cppTargetFunc;
        if (isClassMethodFunc) {
          thisWired = argTypes[1]["toWireType"](destructors, this);
          invokerFuncArgs[1] = thisWired;
        }
        for (var i = 0; i < expectedArgCount; ++i) {
          argsWired[i] = argTypes[i + 2]["toWireType"](destructors, args[i]);
          invokerFuncArgs.push(argsWired[i]);
        }
        var rv = cppInvokerFunc(...invokerFuncArgs);
        function onDone(rv2) {
          if (needsDestructorStack) {
            runDestructors(destructors);
          } else {
            for (var i2 = isClassMethodFunc ? 1 : 2; i2 < argTypes.length; i2++) {
              var param = i2 === 1 ? thisWired : argsWired[i2 - 2];
              if (argTypes[i2].destructorFunction !== null) {
                argTypes[i2].destructorFunction(param);
              }
            }
          }
          if (returns) {
            return argTypes[0]["fromWireType"](rv2);
          }
        }
        return onDone(rv);
      };
      return createNamedFunction(humanName, invokerFn);
    }
    var ensureOverloadTable = (proto, methodName, humanName) => {
      if (void 0 === proto[methodName].overloadTable) {
        var prevFunc = proto[methodName];
        proto[methodName] = function(...args) {
          if (!proto[methodName].overloadTable.hasOwnProperty(args.length)) {
            throwBindingError(`Function '${humanName}' called with an invalid number of arguments (${args.length}) - expects one of (${proto[methodName].overloadTable})!`);
          }
          return proto[methodName].overloadTable[args.length].apply(this, args);
        };
        proto[methodName].overloadTable = [];
        proto[methodName].overloadTable[prevFunc.argCount] = prevFunc;
      }
    };
    var exposePublicSymbol = (name, value, numArguments) => {
      if (Module2.hasOwnProperty(name)) {
        if (void 0 === numArguments || void 0 !== Module2[name].overloadTable && void 0 !== Module2[name].overloadTable[numArguments]) {
          throwBindingError(`Cannot register public name '${name}' twice`);
        }
        ensureOverloadTable(Module2, name, name);
        if (Module2.hasOwnProperty(numArguments)) {
          throwBindingError(`Cannot register multiple overloads of a function with the same number of arguments (${numArguments})!`);
        }
        Module2[name].overloadTable[numArguments] = value;
      } else {
        Module2[name] = value;
        if (void 0 !== numArguments) {
          Module2[name].numArguments = numArguments;
        }
      }
    };
    var heap32VectorToArray = (count, firstElement) => {
      var array = [];
      for (var i = 0; i < count; i++) {
        array.push(HEAPU32[firstElement + i * 4 >> 2]);
      }
      return array;
    };
    var replacePublicSymbol = (name, value, numArguments) => {
      if (!Module2.hasOwnProperty(name)) {
        throwInternalError("Replacing nonexistent public symbol");
      }
      if (void 0 !== Module2[name].overloadTable && void 0 !== numArguments) {
        Module2[name].overloadTable[numArguments] = value;
      } else {
        Module2[name] = value;
        Module2[name].argCount = numArguments;
      }
    };
    var dynCallLegacy = (sig, ptr, args) => {
      sig = sig.replace(/p/g, "i");
      var f = Module2["dynCall_" + sig];
      return f(ptr, ...args);
    };
    var wasmTableMirror = [];
    var wasmTable;
    var getWasmTableEntry = (funcPtr) => {
      var func = wasmTableMirror[funcPtr];
      if (!func) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
      }
      return func;
    };
    var dynCall = (sig, ptr, args = []) => {
      if (sig.includes("j")) {
        return dynCallLegacy(sig, ptr, args);
      }
      var rtn = getWasmTableEntry(ptr)(...args);
      return rtn;
    };
    var getDynCaller = (sig, ptr) => (...args) => dynCall(sig, ptr, args);
    var embind__requireFunction = (signature, rawFunction) => {
      signature = readLatin1String(signature);
      function makeDynCaller() {
        if (signature.includes("j")) {
          return getDynCaller(signature, rawFunction);
        }
        return getWasmTableEntry(rawFunction);
      }
      var fp = makeDynCaller();
      if (typeof fp != "function") {
        throwBindingError(`unknown function pointer with signature ${signature}: ${rawFunction}`);
      }
      return fp;
    };
    var extendError = (baseErrorType, errorName) => {
      var errorClass = createNamedFunction(errorName, function(message) {
        this.name = errorName;
        this.message = message;
        var stack = new Error(message).stack;
        if (stack !== void 0) {
          this.stack = this.toString() + "\n" + stack.replace(/^Error(:[^\n]*)?\n/, "");
        }
      });
      errorClass.prototype = Object.create(baseErrorType.prototype);
      errorClass.prototype.constructor = errorClass;
      errorClass.prototype.toString = function() {
        if (this.message === void 0) {
          return this.name;
        } else {
          return `${this.name}: ${this.message}`;
        }
      };
      return errorClass;
    };
    var UnboundTypeError;
    var getTypeName = (type) => {
      var ptr = ___getTypeName(type);
      var rv = readLatin1String(ptr);
      _free(ptr);
      return rv;
    };
    var throwUnboundTypeError = (message, types) => {
      var unboundTypes = [];
      var seen = {};
      function visit(type) {
        if (seen[type]) {
          return;
        }
        if (registeredTypes[type]) {
          return;
        }
        if (typeDependencies[type]) {
          typeDependencies[type].forEach(visit);
          return;
        }
        unboundTypes.push(type);
        seen[type] = true;
      }
      types.forEach(visit);
      throw new UnboundTypeError(`${message}: ` + unboundTypes.map(getTypeName).join([", "]));
    };
    var getFunctionName = (signature) => {
      signature = signature.trim();
      const argsIndex = signature.indexOf("(");
      if (argsIndex !== -1) {
        return signature.substr(0, argsIndex);
      } else {
        return signature;
      }
    };
    var __embind_register_function = (name, argCount, rawArgTypesAddr, signature, rawInvoker, fn, isAsync) => {
      var argTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
      name = readLatin1String(name);
      name = getFunctionName(name);
      rawInvoker = embind__requireFunction(signature, rawInvoker);
      exposePublicSymbol(name, function() {
        throwUnboundTypeError(`Cannot call ${name} due to unbound types`, argTypes);
      }, argCount - 1);
      whenDependentTypesAreResolved([], argTypes, (argTypes2) => {
        var invokerArgsArray = [argTypes2[0], null].concat(argTypes2.slice(1));
        replacePublicSymbol(name, craftInvokerFunction(name, invokerArgsArray, null, rawInvoker, fn, isAsync), argCount - 1);
        return [];
      });
    };
    var integerReadValueFromPointer = (name, width, signed) => {
      switch (width) {
        case 1:
          return signed ? (pointer) => HEAP8[pointer] : (pointer) => HEAPU8[pointer];
        case 2:
          return signed ? (pointer) => HEAP16[pointer >> 1] : (pointer) => HEAPU16[pointer >> 1];
        case 4:
          return signed ? (pointer) => HEAP32[pointer >> 2] : (pointer) => HEAPU32[pointer >> 2];
        default:
          throw new TypeError(`invalid integer width (${width}): ${name}`);
      }
    };
    var __embind_register_integer = (primitiveType, name, size, minRange, maxRange) => {
      name = readLatin1String(name);
      if (maxRange === -1) {
        maxRange = 4294967295;
      }
      var fromWireType = (value) => value;
      if (minRange === 0) {
        var bitshift = 32 - 8 * size;
        fromWireType = (value) => value << bitshift >>> bitshift;
      }
      var isUnsignedType = name.includes("unsigned");
      var checkAssertions = (value, toTypeName) => {
      };
      var toWireType;
      if (isUnsignedType) {
        toWireType = function(destructors, value) {
          checkAssertions(value, this.name);
          return value >>> 0;
        };
      } else {
        toWireType = function(destructors, value) {
          checkAssertions(value, this.name);
          return value;
        };
      }
      registerType(primitiveType, { name, "fromWireType": fromWireType, "toWireType": toWireType, "argPackAdvance": GenericWireTypeSize, "readValueFromPointer": integerReadValueFromPointer(name, size, minRange !== 0), destructorFunction: null });
    };
    var __embind_register_memory_view = (rawType, dataTypeIndex, name) => {
      var typeMapping = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
      var TA = typeMapping[dataTypeIndex];
      function decodeMemoryView(handle) {
        var size = HEAPU32[handle >> 2];
        var data = HEAPU32[handle + 4 >> 2];
        return new TA(HEAP8.buffer, data, size);
      }
      name = readLatin1String(name);
      registerType(rawType, { name, "fromWireType": decodeMemoryView, "argPackAdvance": GenericWireTypeSize, "readValueFromPointer": decodeMemoryView }, { ignoreDuplicateRegistrations: true });
    };
    var stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i = 0; i < str.length; ++i) {
        var u = str.charCodeAt(i);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    };
    var stringToUTF8 = (str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
    var lengthBytesUTF8 = (str) => {
      var len = 0;
      for (var i = 0; i < str.length; ++i) {
        var c = str.charCodeAt(i);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i;
        } else {
          len += 3;
        }
      }
      return len;
    };
    var UTF8ArrayToString = (heapOrArray, idx, maxBytesToRead) => {
      var endIdx = idx + maxBytesToRead;
      var str = "";
      while (!(idx >= endIdx)) {
        var u0 = heapOrArray[idx++];
        if (!u0) return str;
        if (!(u0 & 128)) {
          str += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str;
    };
    var UTF8ToString = (ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "";
    var __embind_register_std_string = (rawType, name) => {
      name = readLatin1String(name);
      var stdStringIsUTF8 = name === "std::string";
      registerType(rawType, { name, "fromWireType"(value) {
        var length = HEAPU32[value >> 2];
        var payload = value + 4;
        var str;
        if (stdStringIsUTF8) {
          var decodeStartPtr = payload;
          for (var i = 0; i <= length; ++i) {
            var currentBytePtr = payload + i;
            if (i == length || HEAPU8[currentBytePtr] == 0) {
              var maxRead = currentBytePtr - decodeStartPtr;
              var stringSegment = UTF8ToString(decodeStartPtr, maxRead);
              if (str === void 0) {
                str = stringSegment;
              } else {
                str += String.fromCharCode(0);
                str += stringSegment;
              }
              decodeStartPtr = currentBytePtr + 1;
            }
          }
        } else {
          var a = new Array(length);
          for (var i = 0; i < length; ++i) {
            a[i] = String.fromCharCode(HEAPU8[payload + i]);
          }
          str = a.join("");
        }
        _free(value);
        return str;
      }, "toWireType"(destructors, value) {
        if (value instanceof ArrayBuffer) {
          value = new Uint8Array(value);
        }
        var length;
        var valueIsOfTypeString = typeof value == "string";
        if (!(valueIsOfTypeString || value instanceof Uint8Array || value instanceof Uint8ClampedArray || value instanceof Int8Array)) {
          throwBindingError("Cannot pass non-string to std::string");
        }
        if (stdStringIsUTF8 && valueIsOfTypeString) {
          length = lengthBytesUTF8(value);
        } else {
          length = value.length;
        }
        var base = _malloc(4 + length + 1);
        var ptr = base + 4;
        HEAPU32[base >> 2] = length;
        if (stdStringIsUTF8 && valueIsOfTypeString) {
          stringToUTF8(value, ptr, length + 1);
        } else {
          if (valueIsOfTypeString) {
            for (var i = 0; i < length; ++i) {
              var charCode = value.charCodeAt(i);
              if (charCode > 255) {
                _free(ptr);
                throwBindingError("String has UTF-16 code units that do not fit in 8 bits");
              }
              HEAPU8[ptr + i] = charCode;
            }
          } else {
            for (var i = 0; i < length; ++i) {
              HEAPU8[ptr + i] = value[i];
            }
          }
        }
        if (destructors !== null) {
          destructors.push(_free, base);
        }
        return base;
      }, "argPackAdvance": GenericWireTypeSize, "readValueFromPointer": readPointer, destructorFunction(ptr) {
        _free(ptr);
      } });
    };
    var UTF16ToString = (ptr, maxBytesToRead) => {
      var str = "";
      for (var i = 0; !(i >= maxBytesToRead / 2); ++i) {
        var codeUnit = HEAP16[ptr + i * 2 >> 1];
        if (codeUnit == 0) break;
        str += String.fromCharCode(codeUnit);
      }
      return str;
    };
    var stringToUTF16 = (str, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
      for (var i = 0; i < numCharsToWrite; ++i) {
        var codeUnit = str.charCodeAt(i);
        HEAP16[outPtr >> 1] = codeUnit;
        outPtr += 2;
      }
      HEAP16[outPtr >> 1] = 0;
      return outPtr - startPtr;
    };
    var lengthBytesUTF16 = (str) => str.length * 2;
    var UTF32ToString = (ptr, maxBytesToRead) => {
      var i = 0;
      var str = "";
      while (!(i >= maxBytesToRead / 4)) {
        var utf32 = HEAP32[ptr + i * 4 >> 2];
        if (utf32 == 0) break;
        ++i;
        if (utf32 >= 65536) {
          var ch = utf32 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        } else {
          str += String.fromCharCode(utf32);
        }
      }
      return str;
    };
    var stringToUTF32 = (str, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 4) return 0;
      var startPtr = outPtr;
      var endPtr = startPtr + maxBytesToWrite - 4;
      for (var i = 0; i < str.length; ++i) {
        var codeUnit = str.charCodeAt(i);
        if (codeUnit >= 55296 && codeUnit <= 57343) {
          var trailSurrogate = str.charCodeAt(++i);
          codeUnit = 65536 + ((codeUnit & 1023) << 10) | trailSurrogate & 1023;
        }
        HEAP32[outPtr >> 2] = codeUnit;
        outPtr += 4;
        if (outPtr + 4 > endPtr) break;
      }
      HEAP32[outPtr >> 2] = 0;
      return outPtr - startPtr;
    };
    var lengthBytesUTF32 = (str) => {
      var len = 0;
      for (var i = 0; i < str.length; ++i) {
        var codeUnit = str.charCodeAt(i);
        if (codeUnit >= 55296 && codeUnit <= 57343) ++i;
        len += 4;
      }
      return len;
    };
    var __embind_register_std_wstring = (rawType, charSize, name) => {
      name = readLatin1String(name);
      var decodeString, encodeString, readCharAt, lengthBytesUTF;
      if (charSize === 2) {
        decodeString = UTF16ToString;
        encodeString = stringToUTF16;
        lengthBytesUTF = lengthBytesUTF16;
        readCharAt = (pointer) => HEAPU16[pointer >> 1];
      } else if (charSize === 4) {
        decodeString = UTF32ToString;
        encodeString = stringToUTF32;
        lengthBytesUTF = lengthBytesUTF32;
        readCharAt = (pointer) => HEAPU32[pointer >> 2];
      }
      registerType(rawType, { name, "fromWireType": (value) => {
        var length = HEAPU32[value >> 2];
        var str;
        var decodeStartPtr = value + 4;
        for (var i = 0; i <= length; ++i) {
          var currentBytePtr = value + 4 + i * charSize;
          if (i == length || readCharAt(currentBytePtr) == 0) {
            var maxReadBytes = currentBytePtr - decodeStartPtr;
            var stringSegment = decodeString(decodeStartPtr, maxReadBytes);
            if (str === void 0) {
              str = stringSegment;
            } else {
              str += String.fromCharCode(0);
              str += stringSegment;
            }
            decodeStartPtr = currentBytePtr + charSize;
          }
        }
        _free(value);
        return str;
      }, "toWireType": (destructors, value) => {
        if (!(typeof value == "string")) {
          throwBindingError(`Cannot pass non-string to C++ string type ${name}`);
        }
        var length = lengthBytesUTF(value);
        var ptr = _malloc(4 + length + charSize);
        HEAPU32[ptr >> 2] = length / charSize;
        encodeString(value, ptr + 4, length + charSize);
        if (destructors !== null) {
          destructors.push(_free, ptr);
        }
        return ptr;
      }, "argPackAdvance": GenericWireTypeSize, "readValueFromPointer": readPointer, destructorFunction(ptr) {
        _free(ptr);
      } });
    };
    var __embind_register_void = (rawType, name) => {
      name = readLatin1String(name);
      registerType(rawType, { isVoid: true, name, "argPackAdvance": 0, "fromWireType": () => void 0, "toWireType": (destructors, o) => void 0 });
    };
    var __emscripten_memcpy_js = (dest, src, num) => HEAPU8.copyWithin(dest, src, src + num);
    var emval_methodCallers = [];
    var __emval_call = (caller, handle, destructorsRef, args) => {
      caller = emval_methodCallers[caller];
      handle = Emval.toValue(handle);
      return caller(null, handle, destructorsRef, args);
    };
    var emval_symbols = {};
    var getStringOrSymbol = (address) => {
      var symbol = emval_symbols[address];
      if (symbol === void 0) {
        return readLatin1String(address);
      }
      return symbol;
    };
    var emval_get_global = () => {
      if (typeof globalThis == "object") {
        return globalThis;
      }
      function testGlobal(obj) {
        obj["$$$embind_global$$$"] = obj;
        var success = typeof $$$embind_global$$$ == "object" && obj["$$$embind_global$$$"] == obj;
        if (!success) {
          delete obj["$$$embind_global$$$"];
        }
        return success;
      }
      if (typeof $$$embind_global$$$ == "object") {
        return $$$embind_global$$$;
      }
      if (typeof global == "object" && testGlobal(global)) {
        $$$embind_global$$$ = global;
      } else if (typeof self == "object" && testGlobal(self)) {
        $$$embind_global$$$ = self;
      }
      if (typeof $$$embind_global$$$ == "object") {
        return $$$embind_global$$$;
      }
      throw Error("unable to get global object.");
    };
    var __emval_get_global = (name) => {
      if (name === 0) {
        return Emval.toHandle(emval_get_global());
      } else {
        name = getStringOrSymbol(name);
        return Emval.toHandle(emval_get_global()[name]);
      }
    };
    var emval_addMethodCaller = (caller) => {
      var id = emval_methodCallers.length;
      emval_methodCallers.push(caller);
      return id;
    };
    var requireRegisteredType = (rawType, humanName) => {
      var impl = registeredTypes[rawType];
      if (void 0 === impl) {
        throwBindingError(`${humanName} has unknown type ${getTypeName(rawType)}`);
      }
      return impl;
    };
    var emval_lookupTypes = (argCount, argTypes) => {
      var a = new Array(argCount);
      for (var i = 0; i < argCount; ++i) {
        a[i] = requireRegisteredType(HEAPU32[argTypes + i * 4 >> 2], "parameter " + i);
      }
      return a;
    };
    var reflectConstruct = Reflect.construct;
    var emval_returnValue = (returnType, destructorsRef, handle) => {
      var destructors = [];
      var result = returnType["toWireType"](destructors, handle);
      if (destructors.length) {
        HEAPU32[destructorsRef >> 2] = Emval.toHandle(destructors);
      }
      return result;
    };
    var __emval_get_method_caller = (argCount, argTypes, kind) => {
      var types = emval_lookupTypes(argCount, argTypes);
      var retType = types.shift();
      argCount--;
      var argN = new Array(argCount);
      var invokerFunction = (obj, func, destructorsRef, args) => {
        var offset = 0;
        for (var i = 0; i < argCount; ++i) {
          argN[i] = types[i]["readValueFromPointer"](args + offset);
          offset += types[i]["argPackAdvance"];
        }
        var rv = kind === 1 ? reflectConstruct(func, argN) : func.apply(obj, argN);
        return emval_returnValue(retType, destructorsRef, rv);
      };
      var functionName = `methodCaller<(${types.map((t) => t.name).join(", ")}) => ${retType.name}>`;
      return emval_addMethodCaller(createNamedFunction(functionName, invokerFunction));
    };
    var __emval_incref = (handle) => {
      if (handle > 9) {
        emval_handles[handle + 1] += 1;
      }
    };
    var __emval_run_destructors = (handle) => {
      var destructors = Emval.toValue(handle);
      runDestructors(destructors);
      __emval_decref(handle);
    };
    var _abort = () => {
      abort("");
    };
    var getHeapMax = () => 2147483648;
    var growMemory = (size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    };
    var _emscripten_resize_heap = (requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      var alignUp = (x, multiple) => x + (multiple - x % multiple) % multiple;
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignUp(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    };
    var ENV = {};
    var getExecutableName = () => thisProgram || "./this.program";
    var getEnvStrings = () => {
      if (!getEnvStrings.strings) {
        var lang = (typeof navigator == "object" && navigator.languages && navigator.languages[0] || "C").replace("-", "_") + ".UTF-8";
        var env = { "USER": "web_user", "LOGNAME": "web_user", "PATH": "/", "PWD": "/", "HOME": "/home/web_user", "LANG": lang, "_": getExecutableName() };
        for (var x in ENV) {
          if (ENV[x] === void 0) delete env[x];
          else env[x] = ENV[x];
        }
        var strings = [];
        for (var x in env) {
          strings.push(`${x}=${env[x]}`);
        }
        getEnvStrings.strings = strings;
      }
      return getEnvStrings.strings;
    };
    var stringToAscii = (str, buffer) => {
      for (var i = 0; i < str.length; ++i) {
        HEAP8[buffer++] = str.charCodeAt(i);
      }
      HEAP8[buffer] = 0;
    };
    var _environ_get = (__environ, environ_buf) => {
      var bufSize = 0;
      getEnvStrings().forEach((string, i) => {
        var ptr = environ_buf + bufSize;
        HEAPU32[__environ + i * 4 >> 2] = ptr;
        stringToAscii(string, ptr);
        bufSize += string.length + 1;
      });
      return 0;
    };
    var _environ_sizes_get = (penviron_count, penviron_buf_size) => {
      var strings = getEnvStrings();
      HEAPU32[penviron_count >> 2] = strings.length;
      var bufSize = 0;
      strings.forEach((string) => bufSize += string.length + 1);
      HEAPU32[penviron_buf_size >> 2] = bufSize;
      return 0;
    };
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
    var _proc_exit = (code) => {
      EXITSTATUS = code;
      if (!keepRuntimeAlive()) {
        Module2["onExit"]?.(code);
        ABORT = true;
      }
      quit_(code, new ExitStatus(code));
    };
    var exitJS = (status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    };
    var _exit = exitJS;
    var _fd_close = (fd) => 52;
    var convertI32PairToI53Checked = (lo, hi) => hi + 2097152 >>> 0 < 4194305 - !!lo ? (lo >>> 0) + hi * 4294967296 : NaN;
    function _fd_seek(fd, offset_low, offset_high, whence, newOffset) {
      var offset = convertI32PairToI53Checked(offset_low, offset_high);
      return 70;
    }
    var printCharBuffers = [null, [], []];
    var printChar = (stream, curr) => {
      var buffer = printCharBuffers[stream];
      if (curr === 0 || curr === 10) {
        (stream === 1 ? out : err)(UTF8ArrayToString(buffer, 0));
        buffer.length = 0;
      } else {
        buffer.push(curr);
      }
    };
    var _fd_write = (fd, iov, iovcnt, pnum) => {
      var num = 0;
      for (var i = 0; i < iovcnt; i++) {
        var ptr = HEAPU32[iov >> 2];
        var len = HEAPU32[iov + 4 >> 2];
        iov += 8;
        for (var j = 0; j < len; j++) {
          printChar(fd, HEAPU8[ptr + j]);
        }
        num += len;
      }
      HEAPU32[pnum >> 2] = num;
      return 0;
    };
    embind_init_charCodes();
    BindingError = Module2["BindingError"] = class BindingError extends Error {
      constructor(message) {
        super(message);
        this.name = "BindingError";
      }
    };
    InternalError = Module2["InternalError"] = class InternalError extends Error {
      constructor(message) {
        super(message);
        this.name = "InternalError";
      }
    };
    init_emval();
    UnboundTypeError = Module2["UnboundTypeError"] = extendError(Error, "UnboundTypeError");
    var wasmImports = { o: ___cxa_throw, q: __embind_register_bigint, m: __embind_register_bool, l: __embind_register_emval, j: __embind_register_float, f: __embind_register_function, b: __embind_register_integer, a: __embind_register_memory_view, e: __embind_register_std_string, c: __embind_register_std_wstring, n: __embind_register_void, v: __emscripten_memcpy_js, i: __emval_call, d: __emval_decref, k: __emval_get_global, h: __emval_get_method_caller, y: __emval_incref, g: __emval_run_destructors, r: _abort, s: _emscripten_resize_heap, t: _environ_get, u: _environ_sizes_get, z: _exit, w: _fd_close, p: _fd_seek, x: _fd_write };
    var wasmExports = createWasm();
    var ___wasm_call_ctors = () => (___wasm_call_ctors = wasmExports["B"])();
    var ___getTypeName = (a0) => (___getTypeName = wasmExports["C"])(a0);
    var _malloc = (a0) => (_malloc = wasmExports["D"])(a0);
    var _free = (a0) => (_free = wasmExports["E"])(a0);
    var __emscripten_stack_restore = (a0) => (__emscripten_stack_restore = wasmExports["_emscripten_stack_restore"])(a0);
    var __emscripten_stack_alloc = (a0) => (__emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"])(a0);
    var _emscripten_stack_get_current = () => (_emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"])();
    var ___cxa_increment_exception_refcount = (a0) => (___cxa_increment_exception_refcount = wasmExports["__cxa_increment_exception_refcount"])(a0);
    var ___cxa_is_pointer_type = (a0) => (___cxa_is_pointer_type = wasmExports["G"])(a0);
    var dynCall_jiji = Module2["dynCall_jiji"] = (a0, a1, a2, a3, a4) => (dynCall_jiji = Module2["dynCall_jiji"] = wasmExports["H"])(a0, a1, a2, a3, a4);
    var calledRun;
    dependenciesFulfilled = function runCaller() {
      if (!calledRun) run();
      if (!calledRun) dependenciesFulfilled = runCaller;
    };
    function run() {
      if (runDependencies > 0) {
        return;
      }
      preRun();
      if (runDependencies > 0) {
        return;
      }
      function doRun() {
        if (calledRun) return;
        calledRun = true;
        Module2["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        readyPromiseResolve(Module2);
        if (Module2["onRuntimeInitialized"]) Module2["onRuntimeInitialized"]();
        postRun();
      }
      if (Module2["setStatus"]) {
        Module2["setStatus"]("Running...");
        setTimeout(function() {
          setTimeout(function() {
            Module2["setStatus"]("");
          }, 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    if (Module2["preInit"]) {
      if (typeof Module2["preInit"] == "function") Module2["preInit"] = [Module2["preInit"]];
      while (Module2["preInit"].length > 0) {
        Module2["preInit"].pop()();
      }
    }
    run();
    return readyPromise;
  });
})();
var mozjpeg_dec_default = Module;

// node_modules/@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm
var mozjpeg_dec_default2 = __toBinaryNode("AGFzbQEAAAABtwEbYAF/AGABfwF/YAN/f38Bf2ACf38AYAV/f39/fwBgBH9/f38AYAJ/fwF/YAd/f39/f39/AGAFf39/f38Bf2ADf39/AGAEf39/fwF/YAAAYAV/fn5+fgBgBn9/f39/fwBgBn9/f39/fwF/YAR/fn5/AGADf35/AX5gBH9/f38BfGACf3wAYAJ/fgBgBH5+fn4Bf2ABfwF8YAR/f35+AGAEf35+fgBgAX8BfmADf39+AGADfn5+AX8CnQEaAWEBYQAJAWEBYgAEAWEBYwAJAWEBZAAAAWEBZQADAWEBZgAHAWEBZwAAAWEBaAACAWEBaQARAWEBagAJAWEBawABAWEBbAAAAWEBbQAFAWEBbgADAWEBbwAJAWEBcAAIAWEBcQAHAWEBcgALAWEBcwABAWEBdAAGAWEBdQAGAWEBdgAJAWEBdwABAWEBeAAKAWEBeQAAAWEBegAAA9MB0QECAQIMCgEMDwAMAwISEwIEDxQAAQMJCAEABQIVAgwDAQsADAAAAAEBAwAWAAkFBgsLDxcYGQYGCQEIAQkBCwwaBQUJAQMAAAsLBgUFBQUFBQAHBAQEBAQEBAQEBAQEBAUFBwUFBQcFAAMAAwAAAAEBAwYBAAABAAEBAQoKDg4ACAgAAwADAAkCCwgBAQENBAUFBA0CAgICARACAQUFBQYGBgYGBAQEBAQEBAQEBAQEBAQEBAQEBwcHBQAFBQUFBQUFAAADAQYBBgAAAAYAAAMFBQQHAXABnAGcAQUHAQGCAoCAAgYNAn8BQcDnBAt/AUEACwckCAFBAgABQgA6AUMAtAEBRAAfAUUAIgFGAQABRwCmAQFIAKMBCYoCAQBBAQubAaIBoQGgAZ8BngGdAZwBQ5sBQpoBmQGYAZcBlgGVAZQBNiiTAZIBkQGQAY8BjgE/jQGMASwsiwGKAYkBiAGHAYYBhQEshAGDAYIBgQGAAX9+fXx7enkseHd2dXRzcnFwb25tbGtqaWhnZmVk6gHpAegB5wHmAeUB5AHjAeIB4QHgAd8B3gHdAdoB2QHYAdcB1gHVAdQBLNMB0gHRAdABzwHOAc0BzAHLAcoByQHIAccBxgHFAcQBwwHCAcEBwAG8AbsBugG5AbgBtwG2AbUB3AHbAV1XrwGxAbMBsgGwAUpWMiwsrgFFpAFFMq0BpwGoAakBMqwBqwGqAVYypQG/Ab4BvQEKwrwJ0QHyAgICfwF+AkAgAkUNACAAIAE6AAAgACACaiIDQQFrIAE6AAAgAkEDSQ0AIAAgAToAAiAAIAE6AAEgA0EDayABOgAAIANBAmsgAToAACACQQdJDQAgACABOgADIANBBGsgAToAACACQQlJDQAgAEEAIABrQQNxIgRqIgMgAUH/AXFBgYKECGwiATYCACADIAIgBGtBfHEiBGoiAkEEayABNgIAIARBCUkNACADIAE2AgggAyABNgIEIAJBCGsgATYCACACQQxrIAE2AgAgBEEZSQ0AIAMgATYCGCADIAE2AhQgAyABNgIQIAMgATYCDCACQRBrIAE2AgAgAkEUayABNgIAIAJBGGsgATYCACACQRxrIAE2AgAgBCADQQRxQRhyIgRrIgJBIEkNACABrUKBgICAEH4hBSADIARqIQEDQCABIAU3AxggASAFNwMQIAEgBTcDCCABIAU3AwAgAUEgaiEBIAJBIGsiAkEfSw0ACwsgAAuLAgIDfwJ+AkAgACkDcCIEQgBSIAQgACkDeCAAKAIEIgEgACgCLCICa6x8IgVXcUUEQCMAQRBrIgIkAEF/IQECQCAAEFQNACAAIAJBD2pBASAAKAIgEQIAQQFHDQAgAi0ADyEBCyACQRBqJAAgASIDQQBODQEgACgCBCEBIAAoAiwhAgsgAEJ/NwNwIAAgATYCaCAAIAUgAiABa6x8NwN4QX8PCyAFQgF8IQUgACgCBCEBIAAoAgghAgJAIAApA3AiBFANACAEIAV9IgQgAiABa6xZDQAgASAEp2ohAgsgACACNgJoIAAgBSAAKAIsIgAgAWusfDcDeCAAIAFPBEAgAUEBayADOgAACyADC4AEAQN/IAJBgARPBEAgACABIAIQFSAADwsgACACaiEDAkAgACABc0EDcUUEQAJAIABBA3FFBEAgACECDAELIAJFBEAgACECDAELIAAhAgNAIAIgAS0AADoAACABQQFqIQEgAkEBaiICQQNxRQ0BIAIgA0kNAAsLAkAgA0F8cSIEQcAASQ0AIAIgBEFAaiIFSw0AA0AgAiABKAIANgIAIAIgASgCBDYCBCACIAEoAgg2AgggAiABKAIMNgIMIAIgASgCEDYCECACIAEoAhQ2AhQgAiABKAIYNgIYIAIgASgCHDYCHCACIAEoAiA2AiAgAiABKAIkNgIkIAIgASgCKDYCKCACIAEoAiw2AiwgAiABKAIwNgIwIAIgASgCNDYCNCACIAEoAjg2AjggAiABKAI8NgI8IAFBQGshASACQUBrIgIgBU0NAAsLIAIgBE8NAQNAIAIgASgCADYCACABQQRqIQEgAkEEaiICIARJDQALDAELIANBBEkEQCAAIQIMAQsgACADQQRrIgRLBEAgACECDAELIAAhAgNAIAIgAS0AADoAACACIAEtAAE6AAEgAiABLQACOgACIAIgAS0AAzoAAyABQQRqIQEgAkEEaiICIARNDQALCyACIANJBEADQCACIAEtAAA6AAAgAUEBaiEBIAJBAWoiAiADRw0ACwsgAAvDCgIFfxF+IwBB4ABrIgUkACAEQv///////z+DIQwgAiAEhUKAgICAgICAgIB/gyEKIAJC////////P4MiDUIgiCEOIARCMIinQf//AXEhBwJAAkAgAkIwiKdB//8BcSIJQf//AWtBgoB+TwRAIAdB//8Ba0GBgH5LDQELIAFQIAJC////////////AIMiC0KAgICAgIDA//8AVCALQoCAgICAgMD//wBRG0UEQCACQoCAgICAgCCEIQoMAgsgA1AgBEL///////////8AgyICQoCAgICAgMD//wBUIAJCgICAgICAwP//AFEbRQRAIARCgICAgICAIIQhCiADIQEMAgsgASALQoCAgICAgMD//wCFhFAEQCACIAOEUARAQoCAgICAgOD//wAhCkIAIQEMAwsgCkKAgICAgIDA//8AhCEKQgAhAQwCCyADIAJCgICAgICAwP//AIWEUARAIAEgC4QhGUIAIQEgGVAEQEKAgICAgIDg//8AIQoMAwsgCkKAgICAgIDA//8AhCEKDAILIAEgC4RQBEBCACEBDAILIAIgA4RQBEBCACEBDAILIAtC////////P1gEQCAFQdAAaiABIA0gASANIA1QIgYbeSAGQQZ0rXynIgZBD2sQIUEQIAZrIQYgBSkDWCINQiCIIQ4gBSkDUCEBCyACQv///////z9WDQAgBUFAayADIAwgAyAMIAxQIggbeSAIQQZ0rXynIghBD2sQISAGIAhrQRBqIQYgBSkDSCEMIAUpA0AhAwsgA0IPhiILQoCA/v8PgyICIAFCIIgiBH4iECALQiCIIhMgAUL/////D4MiAX58Ig9CIIYiESABIAJ+fCILIBFUrSACIA1C/////w+DIg1+IhUgBCATfnwiESAMQg+GIhIgA0IxiIRC/////w+DIgMgAX58IhQgDyAQVK1CIIYgD0IgiIR8Ig8gAiAOQoCABIQiDH4iFiANIBN+fCIOIBJCIIhCgICAgAiEIgIgAX58IhAgAyAEfnwiEkIghnwiF3whASAHIAlqIAZqQf//AGshBgJAIAIgBH4iGCAMIBN+fCIEIBhUrSAEIAQgAyANfnwiBFatfCACIAx+fCAEIAQgESAVVK0gESAUVq18fCIEVq18IAMgDH4iAyACIA1+fCICIANUrUIghiACQiCIhHwgBCACQiCGfCICIARUrXwgAiACIBAgElatIA4gFlStIA4gEFatfHxCIIYgEkIgiIR8IgJWrXwgAiACIA8gFFStIA8gF1atfHwiAlatfCIEQoCAgICAgMAAg0IAUgRAIAZBAWohBgwBCyALQj+IIRogBEIBhiACQj+IhCEEIAJCAYYgAUI/iIQhAiALQgGGIQsgGiABQgGGhCEBCyAGQf//AU4EQCAKQoCAgICAgMD//wCEIQpCACEBDAELAn4gBkEATARAQQEgBmsiB0H/AE0EQCAFQTBqIAsgASAGQf8AaiIGECEgBUEgaiACIAQgBhAhIAVBEGogCyABIAcQKiAFIAIgBCAHECogBSkDMCAFKQM4hEIAUq0gBSkDICAFKQMQhIQhCyAFKQMoIAUpAxiEIQEgBSkDACECIAUpAwgMAgtCACEBDAILIARC////////P4MgBq1CMIaECyAKhCEKIAtQIAFCAFkgAUKAgICAgICAgIB/URtFBEAgCiACQgF8IgFQrXwhCgwBCyALIAFCgICAgICAgICAf4WEQgBSBEAgAiEBDAELIAogAiACQgGDfCIBIAJUrXwhCgsgACABNwMAIAAgCjcDCCAFQeAAaiQAC/oCAQd/IAAoAgQhByAAKAIAIQYCQAJAIAAoAhAiBSgCoAMEQCAGIQQMAQsgAkEYSgRAIAIhCCAGIQQMAgsDQCAHRQRAIAUgBSgCGCgCDBEBAEUEQEEADwsgBSgCGCIEKAIEIQcgBCgCACEGCyAGQQFqIQQgB0EBayEHAkAgBi0AACIIQf8BRgRAA0AgB0UEQCAFIAUoAhgoAgwRAQBFBEBBAA8LIAUoAhgiBCgCBCEHIAQoAgAhBAsgB0EBayEHIAQtAAAhBkH/ASEIIARBAWohBCAGQf8BRg0ACyAGDQELIAggAUEIdHIhASACQRFIIQogBCEGIAJBCGoiCCECIAoNAQwDCwsgBSAGNgKgAwsgAiADTgRAIAIhCAwBCyAFKAK8AygCCEUEQCAFKAIAIgNB9QA2AhQgBUF/IAMoAgQRAwAgBSgCvANBATYCCAtBGSEIIAFBGSACa3QhAQsgACAINgIMIAAgATYCCCAAIAc2AgQgACAENgIAQQEL5CgBDH8jAEEQayIKJAACQAJAAkACQAJAAkACQAJAAkACQCAAQfQBTQRAQbTcACgCACIEQRAgAEELakH4A3EgAEELSRsiBkEDdiIAdiIBQQNxBEACQCABQX9zQQFxIABqIgJBA3QiAUHc3ABqIgAgAUHk3ABqKAIAIgEoAggiBUYEQEG03AAgBEF+IAJ3cTYCAAwBCyAFIAA2AgwgACAFNgIICyABQQhqIQAgASACQQN0IgJBA3I2AgQgASACaiIBIAEoAgRBAXI2AgQMCwsgBkG83AAoAgAiCE0NASABBEACQEECIAB0IgJBACACa3IgASAAdHFoIgFBA3QiAEHc3ABqIgIgAEHk3ABqKAIAIgAoAggiBUYEQEG03AAgBEF+IAF3cSIENgIADAELIAUgAjYCDCACIAU2AggLIAAgBkEDcjYCBCAAIAZqIgcgAUEDdCIBIAZrIgVBAXI2AgQgACABaiAFNgIAIAgEQCAIQXhxQdzcAGohAUHI3AAoAgAhAgJ/IARBASAIQQN2dCIDcUUEQEG03AAgAyAEcjYCACABDAELIAEoAggLIQMgASACNgIIIAMgAjYCDCACIAE2AgwgAiADNgIICyAAQQhqIQBByNwAIAc2AgBBvNwAIAU2AgAMCwtBuNwAKAIAIgtFDQEgC2hBAnRB5N4AaigCACICKAIEQXhxIAZrIQMgAiEBA0ACQCABKAIQIgBFBEAgASgCFCIARQ0BCyAAKAIEQXhxIAZrIgEgAyABIANJIgEbIQMgACACIAEbIQIgACEBDAELCyACKAIYIQkgAiACKAIMIgBHBEBBxNwAKAIAGiACKAIIIgEgADYCDCAAIAE2AggMCgsgAigCFCIBBH8gAkEUagUgAigCECIBRQ0DIAJBEGoLIQUDQCAFIQcgASIAQRRqIQUgACgCFCIBDQAgAEEQaiEFIAAoAhAiAQ0ACyAHQQA2AgAMCQtBfyEGIABBv39LDQAgAEELaiIAQXhxIQZBuNwAKAIAIgdFDQBBACAGayEDAkACQAJAAn9BACAGQYACSQ0AGkEfIAZB////B0sNABogBkEmIABBCHZnIgBrdkEBcSAAQQF0a0E+agsiCEECdEHk3gBqKAIAIgFFBEBBACEADAELQQAhACAGQRkgCEEBdmtBACAIQR9HG3QhAgNAAkAgASgCBEF4cSAGayIEIANPDQAgASEFIAQiAw0AQQAhAyABIQAMAwsgACABKAIUIgQgBCABIAJBHXZBBHFqKAIQIgFGGyAAIAQbIQAgAkEBdCECIAENAAsLIAAgBXJFBEBBACEFQQIgCHQiAEEAIABrciAHcSIARQ0DIABoQQJ0QeTeAGooAgAhAAsgAEUNAQsDQCAAKAIEQXhxIAZrIgIgA0khASACIAMgARshAyAAIAUgARshBSAAKAIQIgEEfyABBSAAKAIUCyIADQALCyAFRQ0AIANBvNwAKAIAIAZrTw0AIAUoAhghCCAFIAUoAgwiAEcEQEHE3AAoAgAaIAUoAggiASAANgIMIAAgATYCCAwICyAFKAIUIgEEfyAFQRRqBSAFKAIQIgFFDQMgBUEQagshAgNAIAIhBCABIgBBFGohAiAAKAIUIgENACAAQRBqIQIgACgCECIBDQALIARBADYCAAwHCyAGQbzcACgCACIFTQRAQcjcACgCACEAAkAgBSAGayIBQRBPBEAgACAGaiICIAFBAXI2AgQgACAFaiABNgIAIAAgBkEDcjYCBAwBCyAAIAVBA3I2AgQgACAFaiIBIAEoAgRBAXI2AgRBACECQQAhAQtBvNwAIAE2AgBByNwAIAI2AgAgAEEIaiEADAkLIAZBwNwAKAIAIgJJBEBBwNwAIAIgBmsiATYCAEHM3ABBzNwAKAIAIgAgBmoiAjYCACACIAFBAXI2AgQgACAGQQNyNgIEIABBCGohAAwJC0EAIQAgBkEvaiIDAn9BjOAAKAIABEBBlOAAKAIADAELQZjgAEJ/NwIAQZDgAEKAoICAgIAENwIAQYzgACAKQQxqQXBxQdiq1aoFczYCAEGg4ABBADYCAEHw3wBBADYCAEGAIAsiAWoiBEEAIAFrIgdxIgEgBk0NCEHs3wAoAgAiBQRAQeTfACgCACIIIAFqIgkgCE0NCSAFIAlJDQkLAkBB8N8ALQAAQQRxRQRAAkACQAJAAkBBzNwAKAIAIgUEQEH03wAhAANAIAUgACgCACIITwRAIAggACgCBGogBUsNAwsgACgCCCIADQALC0EAEC0iAkF/Rg0DIAEhBEGQ4AAoAgAiAEEBayIFIAJxBEAgASACayACIAVqQQAgAGtxaiEECyAEIAZNDQNB7N8AKAIAIgAEQEHk3wAoAgAiBSAEaiIHIAVNDQQgACAHSQ0ECyAEEC0iACACRw0BDAULIAQgAmsgB3EiBBAtIgIgACgCACAAKAIEakYNASACIQALIABBf0YNASAGQTBqIARNBEAgACECDAQLQZTgACgCACICIAMgBGtqQQAgAmtxIgIQLUF/Rg0BIAIgBGohBCAAIQIMAwsgAkF/Rw0CC0Hw3wBB8N8AKAIAQQRyNgIACyABEC0hAkEAEC0hACACQX9GDQUgAEF/Rg0FIAAgAk0NBSAAIAJrIgQgBkEoak0NBQtB5N8AQeTfACgCACAEaiIANgIAQejfACgCACAASQRAQejfACAANgIACwJAQczcACgCACIDBEBB9N8AIQADQCACIAAoAgAiASAAKAIEIgVqRg0CIAAoAggiAA0ACwwEC0HE3AAoAgAiAEEAIAAgAk0bRQRAQcTcACACNgIAC0EAIQBB+N8AIAQ2AgBB9N8AIAI2AgBB1NwAQX82AgBB2NwAQYzgACgCADYCAEGA4ABBADYCAANAIABBA3QiAUHk3ABqIAFB3NwAaiIFNgIAIAFB6NwAaiAFNgIAIABBAWoiAEEgRw0AC0HA3AAgBEEoayIAQXggAmtBB3EiAWsiBTYCAEHM3AAgASACaiIBNgIAIAEgBUEBcjYCBCAAIAJqQSg2AgRB0NwAQZzgACgCADYCAAwECyACIANNDQIgASADSw0CIAAoAgxBCHENAiAAIAQgBWo2AgRBzNwAIANBeCADa0EHcSIAaiIBNgIAQcDcAEHA3AAoAgAgBGoiAiAAayIANgIAIAEgAEEBcjYCBCACIANqQSg2AgRB0NwAQZzgACgCADYCAAwDC0EAIQAMBgtBACEADAQLQcTcACgCACACSwRAQcTcACACNgIACyACIARqIQFB9N8AIQACQANAIAEgACgCAEcEQCAAKAIIIgANAQwCCwsgAC0ADEEIcUUNAwtB9N8AIQADQAJAIAMgACgCACIBTwRAIAEgACgCBGoiBSADSw0BCyAAKAIIIQAMAQsLQcDcACAEQShrIgBBeCACa0EHcSIBayIHNgIAQczcACABIAJqIgE2AgAgASAHQQFyNgIEIAAgAmpBKDYCBEHQ3ABBnOAAKAIANgIAIAMgBUEnIAVrQQdxakEvayIAIAAgA0EQakkbIgFBGzYCBCABQfzfACkCADcCECABQfTfACkCADcCCEH83wAgAUEIajYCAEH43wAgBDYCAEH03wAgAjYCAEGA4ABBADYCACABQRhqIQADQCAAQQc2AgQgAEEIaiEMIABBBGohACAMIAVJDQALIAEgA0YNACABIAEoAgRBfnE2AgQgAyABIANrIgJBAXI2AgQgASACNgIAAn8gAkH/AU0EQCACQXhxQdzcAGohAAJ/QbTcACgCACIBQQEgAkEDdnQiAnFFBEBBtNwAIAEgAnI2AgAgAAwBCyAAKAIICyEBIAAgAzYCCCABIAM2AgxBDCECQQgMAQtBHyEAIAJB////B00EQCACQSYgAkEIdmciAGt2QQFxIABBAXRrQT5qIQALIAMgADYCHCADQgA3AhAgAEECdEHk3gBqIQECQAJAQbjcACgCACIFQQEgAHQiBHFFBEBBuNwAIAQgBXI2AgAgASADNgIADAELIAJBGSAAQQF2a0EAIABBH0cbdCEAIAEoAgAhBQNAIAUiASgCBEF4cSACRg0CIABBHXYhBSAAQQF0IQAgASAFQQRxaiIEKAIQIgUNAAsgBCADNgIQCyADIAE2AhhBCCECIAMiASEAQQwMAQsgASgCCCIAIAM2AgwgASADNgIIIAMgADYCCEEAIQBBGCECQQwLIANqIAE2AgAgAiADaiAANgIAC0HA3AAoAgAiACAGTQ0AQcDcACAAIAZrIgE2AgBBzNwAQczcACgCACIAIAZqIgI2AgAgAiABQQFyNgIEIAAgBkEDcjYCBCAAQQhqIQAMBAtBsNwAQTA2AgBBACEADAMLIAAgAjYCACAAIAAoAgQgBGo2AgQgAkF4IAJrQQdxaiIIIAZBA3I2AgQgAUF4IAFrQQdxaiIEIAYgCGoiA2shBwJAQczcACgCACAERgRAQczcACADNgIAQcDcAEHA3AAoAgAgB2oiADYCACADIABBAXI2AgQMAQtByNwAKAIAIARGBEBByNwAIAM2AgBBvNwAQbzcACgCACAHaiIANgIAIAMgAEEBcjYCBCAAIANqIAA2AgAMAQsgBCgCBCIAQQNxQQFGBEAgAEF4cSEJIAQoAgwhAgJAIABB/wFNBEAgBCgCCCIBIAJGBEBBtNwAQbTcACgCAEF+IABBA3Z3cTYCAAwCCyABIAI2AgwgAiABNgIIDAELIAQoAhghBgJAIAIgBEcEQEHE3AAoAgAaIAQoAggiACACNgIMIAIgADYCCAwBCwJAIAQoAhQiAAR/IARBFGoFIAQoAhAiAEUNASAEQRBqCyEBA0AgASEFIAAiAkEUaiEBIAAoAhQiAA0AIAJBEGohASACKAIQIgANAAsgBUEANgIADAELQQAhAgsgBkUNAAJAIAQoAhwiAEECdEHk3gBqIgEoAgAgBEYEQCABIAI2AgAgAg0BQbjcAEG43AAoAgBBfiAAd3E2AgAMAgsgBkEQQRQgBigCECAERhtqIAI2AgAgAkUNAQsgAiAGNgIYIAQoAhAiAARAIAIgADYCECAAIAI2AhgLIAQoAhQiAEUNACACIAA2AhQgACACNgIYCyAHIAlqIQcgBCAJaiIEKAIEIQALIAQgAEF+cTYCBCADIAdBAXI2AgQgAyAHaiAHNgIAIAdB/wFNBEAgB0F4cUHc3ABqIQACf0G03AAoAgAiAUEBIAdBA3Z0IgJxRQRAQbTcACABIAJyNgIAIAAMAQsgACgCCAshASAAIAM2AgggASADNgIMIAMgADYCDCADIAE2AggMAQtBHyECIAdB////B00EQCAHQSYgB0EIdmciAGt2QQFxIABBAXRrQT5qIQILIAMgAjYCHCADQgA3AhAgAkECdEHk3gBqIQACQAJAQbjcACgCACIBQQEgAnQiBXFFBEBBuNwAIAEgBXI2AgAgACADNgIADAELIAdBGSACQQF2a0EAIAJBH0cbdCECIAAoAgAhAQNAIAEiACgCBEF4cSAHRg0CIAJBHXYhASACQQF0IQIgACABQQRxaiIFKAIQIgENAAsgBSADNgIQCyADIAA2AhggAyADNgIMIAMgAzYCCAwBCyAAKAIIIgEgAzYCDCAAIAM2AgggA0EANgIYIAMgADYCDCADIAE2AggLIAhBCGohAAwCCwJAIAhFDQACQCAFKAIcIgFBAnRB5N4AaiICKAIAIAVGBEAgAiAANgIAIAANAUG43AAgB0F+IAF3cSIHNgIADAILIAhBEEEUIAgoAhAgBUYbaiAANgIAIABFDQELIAAgCDYCGCAFKAIQIgEEQCAAIAE2AhAgASAANgIYCyAFKAIUIgFFDQAgACABNgIUIAEgADYCGAsCQCADQQ9NBEAgBSADIAZqIgBBA3I2AgQgACAFaiIAIAAoAgRBAXI2AgQMAQsgBSAGQQNyNgIEIAUgBmoiBCADQQFyNgIEIAMgBGogAzYCACADQf8BTQRAIANBeHFB3NwAaiEAAn9BtNwAKAIAIgFBASADQQN2dCICcUUEQEG03AAgASACcjYCACAADAELIAAoAggLIQEgACAENgIIIAEgBDYCDCAEIAA2AgwgBCABNgIIDAELQR8hACADQf///wdNBEAgA0EmIANBCHZnIgBrdkEBcSAAQQF0a0E+aiEACyAEIAA2AhwgBEIANwIQIABBAnRB5N4AaiEBAkACQCAHQQEgAHQiAnFFBEBBuNwAIAIgB3I2AgAgASAENgIAIAQgATYCGAwBCyADQRkgAEEBdmtBACAAQR9HG3QhACABKAIAIQEDQCABIgIoAgRBeHEgA0YNAiAAQR12IQEgAEEBdCEAIAIgAUEEcWoiBygCECIBDQALIAcgBDYCECAEIAI2AhgLIAQgBDYCDCAEIAQ2AggMAQsgAigCCCIAIAQ2AgwgAiAENgIIIARBADYCGCAEIAI2AgwgBCAANgIICyAFQQhqIQAMAQsCQCAJRQ0AAkAgAigCHCIBQQJ0QeTeAGoiBSgCACACRgRAIAUgADYCACAADQFBuNwAIAtBfiABd3E2AgAMAgsgCUEQQRQgCSgCECACRhtqIAA2AgAgAEUNAQsgACAJNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNACAAIAE2AhQgASAANgIYCwJAIANBD00EQCACIAMgBmoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBCyACIAZBA3I2AgQgAiAGaiIFIANBAXI2AgQgAyAFaiADNgIAIAgEQCAIQXhxQdzcAGohAEHI3AAoAgAhAQJ/QQEgCEEDdnQiByAEcUUEQEG03AAgBCAHcjYCACAADAELIAAoAggLIQQgACABNgIIIAQgATYCDCABIAA2AgwgASAENgIIC0HI3AAgBTYCAEG83AAgAzYCAAsgAkEIaiEACyAKQRBqJAAgAAt1AQF+IAAgASAEfiACIAN+fCADQiCIIgIgAUIgiCIEfnwgA0L/////D4MiAyABQv////8PgyIBfiIFQiCIIAMgBH58IgNCIIh8IAEgAn4gA0L/////D4N8IgFCIIh8NwMIIAAgBUL/////D4MgAUIghoQ3AwALUAEBfgJAIANBwABxBEAgASADQUBqrYYhAkIAIQEMAQsgA0UNACACIAOtIgSGIAFBwAAgA2utiIQhAiABIASGIQELIAAgATcDACAAIAI3AwgL/AsBB38CQCAARQ0AIABBCGsiAyAAQQRrKAIAIgFBeHEiAGohBQJAIAFBAXENACABQQJxRQ0BIAMgAygCACIBayIDQcTcACgCAEkNASAAIAFqIQACQAJAQcjcACgCACADRwRAIAMoAgwhAiABQf8BTQRAIAFBA3YhASADKAIIIgQgAkYEQEG03ABBtNwAKAIAQX4gAXdxNgIADAULIAQgAjYCDCACIAQ2AggMBAsgAygCGCEGIAIgA0cEQCADKAIIIgEgAjYCDCACIAE2AggMAwsgAygCFCIBBH8gA0EUagUgAygCECIBRQ0CIANBEGoLIQQDQCAEIQcgASICQRRqIQQgAigCFCIBDQAgAkEQaiEEIAIoAhAiAQ0ACyAHQQA2AgAMAgsgBSgCBCIBQQNxQQNHDQJBvNwAIAA2AgAgBSABQX5xNgIEIAMgAEEBcjYCBCAFIAA2AgAPC0EAIQILIAZFDQACQCADKAIcIgFBAnRB5N4AaiIEKAIAIANGBEAgBCACNgIAIAINAUG43ABBuNwAKAIAQX4gAXdxNgIADAILIAZBEEEUIAYoAhAgA0YbaiACNgIAIAJFDQELIAIgBjYCGCADKAIQIgEEQCACIAE2AhAgASACNgIYCyADKAIUIgFFDQAgAiABNgIUIAEgAjYCGAsgAyAFTw0AIAUoAgQiAUEBcUUNAAJAAkACQAJAIAFBAnFFBEBBzNwAKAIAIAVGBEBBzNwAIAM2AgBBwNwAQcDcACgCACAAaiIANgIAIAMgAEEBcjYCBCADQcjcACgCAEcNBkG83ABBADYCAEHI3ABBADYCAA8LQcjcACgCACAFRgRAQcjcACADNgIAQbzcAEG83AAoAgAgAGoiADYCACADIABBAXI2AgQgACADaiAANgIADwsgAUF4cSAAaiEAIAUoAgwhAiABQf8BTQRAIAFBA3YhASAFKAIIIgQgAkYEQEG03ABBtNwAKAIAQX4gAXdxNgIADAULIAQgAjYCDCACIAQ2AggMBAsgBSgCGCEGIAIgBUcEQEHE3AAoAgAaIAUoAggiASACNgIMIAIgATYCCAwDCyAFKAIUIgEEfyAFQRRqBSAFKAIQIgFFDQIgBUEQagshBANAIAQhByABIgJBFGohBCACKAIUIgENACACQRBqIQQgAigCECIBDQALIAdBADYCAAwCCyAFIAFBfnE2AgQgAyAAQQFyNgIEIAAgA2ogADYCAAwDC0EAIQILIAZFDQACQCAFKAIcIgFBAnRB5N4AaiIEKAIAIAVGBEAgBCACNgIAIAINAUG43ABBuNwAKAIAQX4gAXdxNgIADAILIAZBEEEUIAYoAhAgBUYbaiACNgIAIAJFDQELIAIgBjYCGCAFKAIQIgEEQCACIAE2AhAgASACNgIYCyAFKAIUIgFFDQAgAiABNgIUIAEgAjYCGAsgAyAAQQFyNgIEIAAgA2ogADYCACADQcjcACgCAEcNAEG83AAgADYCAA8LIABB/wFNBEAgAEF4cUHc3ABqIQECf0G03AAoAgAiBEEBIABBA3Z0IgBxRQRAQbTcACAAIARyNgIAIAEMAQsgASgCCAshACABIAM2AgggACADNgIMIAMgATYCDCADIAA2AggPC0EfIQIgAEH///8HTQRAIABBJiAAQQh2ZyIBa3ZBAXEgAUEBdGtBPmohAgsgAyACNgIcIANCADcCECACQQJ0QeTeAGohBwJ/AkACf0G43AAoAgAiAUEBIAJ0IgRxRQRAQbjcACABIARyNgIAQRghAiAHIQRBCAwBCyAAQRkgAkEBdmtBACACQR9HG3QhAiAHKAIAIQQDQCAEIgEoAgRBeHEgAEYNAiACQR12IQQgAkEBdCECIAEgBEEEcWpBEGoiBygCACIEDQALQRghAiABIQRBCAshACADIgEMAQsgASgCCCIEIAM2AgxBCCECIAFBCGohB0EYIQBBAAshBSAHIAM2AgAgAiADaiAENgIAIAMgATYCDCAAIANqIAU2AgBB1NwAQdTcACgCAEEBayIAQX8gABs2AgALC8wJAgR/BX4jAEHwAGsiBiQAIARC////////////AIMhCQJAAkAgAVAiBSACQv///////////wCDIgpCgICAgICAwP//AH1CgICAgICAwICAf1QgClAbRQRAIANCAFIgCUKAgICAgIDA//8AfSILQoCAgICAgMCAgH9WIAtCgICAgICAwICAf1EbDQELIAUgCkKAgICAgIDA//8AVCAKQoCAgICAgMD//wBRG0UEQCACQoCAgICAgCCEIQQgASEDDAILIANQIAlCgICAgICAwP//AFQgCUKAgICAgIDA//8AURtFBEAgBEKAgICAgIAghCEEDAILIAEgCkKAgICAgIDA//8AhYRQBEBCgICAgICA4P//ACACIAEgA4UgAiAEhUKAgICAgICAgIB/hYRQIgUbIQRCACABIAUbIQMMAgsgAyAJQoCAgICAgMD//wCFhFANASABIAqEUARAIAMgCYRCAFINAiABIAODIQMgAiAEgyEEDAILIAMgCYRCAFINACABIQMgAiEEDAELIAMgASABIANUIAkgClYgCSAKURsiCBshCiAEIAIgCBsiDEL///////8/gyEJIAIgBCAIGyILQjCIp0H//wFxIQcgDEIwiKdB//8BcSIFRQRAIAZB4ABqIAogCSAKIAkgCVAiBRt5IAVBBnStfKciBUEPaxAhIAYpA2ghCSAGKQNgIQpBECAFayEFCyABIAMgCBshAyALQv///////z+DIQEgBwR+IAEFIAZB0ABqIAMgASADIAEgAVAiBxt5IAdBBnStfKciB0EPaxAhQRAgB2shByAGKQNQIQMgBikDWAtCA4YgA0I9iIRCgICAgICAgASEIQEgCUIDhiAKQj2IhCENIAIgBIUhBAJ+IANCA4YiAiAFIAdGDQAaIAUgB2siB0H/AEsEQEIAIQFCAQwBCyAGQUBrIAIgAUGAASAHaxAhIAZBMGogAiABIAcQKiAGKQM4IQEgBikDMCAGKQNAIAYpA0iEQgBSrYQLIQkgDUKAgICAgICABIQhCyAKQgOGIQoCQCAEQgBTBEBCACEDQgAhBCAJIAqFIAEgC4WEUA0CIAogCX0hAiALIAF9IAkgClatfSIEQv////////8DVg0BIAZBIGogAiAEIAIgBCAEUCIHG3kgB0EGdK18p0EMayIHECEgBSAHayEFIAYpAyghBCAGKQMgIQIMAQsgCSAKfCICIAlUrSABIAt8fCIEQoCAgICAgIAIg1ANACAJQgGDIARCP4YgAkIBiISEIQIgBUEBaiEFIARCAYghBAsgDEKAgICAgICAgIB/gyEDIAVB//8BTgRAIANCgICAgICAwP//AIQhBEIAIQMMAQtBACEHAkAgBUEASgRAIAUhBwwBCyAGQRBqIAIgBCAFQf8AahAhIAYgAiAEQQEgBWsQKiAGKQMAIAYpAxAgBikDGIRCAFKthCECIAYpAwghBAsgBEI9hiACQgOIhCEBIARCA4hC////////P4MgB61CMIaEIAOEIQQCQAJAIAKnQQdxIgVBBEcEQCAEIAEgASAFQQRLrXwiA1atfCEEDAELIAQgASABIAFCAYN8IgNWrXwhBAwBCyAFRQ0BCwsgACADNwMAIAAgBDcDCCAGQfAAaiQAC34CAn8BfiMAQRBrIgMkACAAAn4gAUUEQEIADAELIAMgASABQR91IgJzIAJrIgKtQgAgAmciAkHRAGoQISADKQMIQoCAgICAgMAAhUGegAEgAmutQjCGfCABQYCAgIB4ca1CIIaEIQQgAykDAAs3AwAgACAENwMIIANBEGokAAt0AQF/IAJFBEAgACgCBCABKAIERg8LIAAgAUYEQEEBDwsgASgCBCICLQAAIQECQCAAKAIEIgMtAAAiAEUNACAAIAFHDQADQCACLQABIQEgAy0AASIARQ0BIAJBAWohAiADQQFqIQMgACABRg0ACwsgACABRgvjAQIEfgJ/IwBBEGsiBiQAIAG9IgVC/////////weDIQIgAAJ+IAVCNIhC/w+DIgNCAFIEQCADQv8PUgRAIAJCBIghBCADQoD4AHwhAyACQjyGDAILIAJCBIghBEL//wEhAyACQjyGDAELIAJQBEBCACEDQgAMAQsgBiACQgAgBadnQSBqIAJCIIinZyACQoCAgIAQVBsiB0ExahAhQYz4ACAHa60hAyAGKQMIQoCAgICAgMAAhSEEIAYpAwALNwMAIAAgBUKAgICAgICAgIB/gyADQjCGhCAEhDcDCCAGQRBqJAALRwECfyAAIAE3A3AgACAAKAIsIAAoAgQiA2usNwN4IAAoAgghAgJAIAFQDQAgAiADa6wgAVcNACADIAGnaiECCyAAIAI2AmgLpwMBB38gACgCBCEFIAJBgZTr3ANPBEAgACgCAEK2gICA8AA3AhQgACAAKAIAKAIAEQAACyACQQdqQXhxIgRBE2oiBkGBlOvcA08EQCAAKAIAQraAgIAQNwIUIAAgACgCACgCABEAAAsgAUECTwRAIAAoAgAiAiABNgIYIAJBDjYCFCAAIAAoAgAoAgARAAALAn8CQCAFIAFBAnRqIgdBNGooAgAiAkUEQAwBCwNAIAQgAiIDKAIIIgJLBEAgAygCACICDQEMAgsLIAMiASgCBAwBCyABQQJ0Qbw4QbQ4IAMbaigCACIBQe2T69wDIARrIgIgASACSRshAgNAIAIgBmoiCBAfIgFFBEAgAkHjAEshCSACQQF2IQIgCQ0BIAAoAgBCtoCAgCA3AhQgACAAKAIAKAIAEQAADAELCyAFIAUoAkwgCGo2AkwgASACIARqIgI2AgggAUIANwIAAkAgA0UEQCAHIAE2AjQMAQsgAyABNgIAC0EACyEAIAEgAiAEazYCCCABIAAgBGo2AgQgACABQQxqIgBBCCAAQQdxIgBrQQAgABtqagtrAQF/IwBBgAJrIgUkAAJAIAIgA0wNACAEQYDABHENACAFIAEgAiADayIDQYACIANBgAJJIgEbEBoaIAFFBEADQCAAIAVBgAIQLyADQYACayIDQf8BSw0ACwsgACAFIAMQLwsgBUGAAmokAAtQAQF+AkAgA0HAAHEEQCACIANBQGqtiCEBQgAhAgwBCyADRQ0AIAJBwAAgA2uthiABIAOtIgSIhCEBIAIgBIghAgsgACABNwMAIAAgAjcDCAvbAQIBfwJ+QQEhBAJAIABCAFIgAUL///////////8AgyIFQoCAgICAgMD//wBWIAVCgICAgICAwP//AFEbDQAgAkIAUiADQv///////////wCDIgZCgICAgICAwP//AFYgBkKAgICAgIDA//8AURsNACAAIAKEIAUgBoSEUARAQQAPCyABIAODQgBZBEBBfyEEIAAgAlQgASADUyABIANRGw0BIAAgAoUgASADhYRCAFIPC0F/IQQgACACViABIANVIAEgA1EbDQAgACAChSABIAOFhEIAUiEECyAECwIAC1IBAn9BiNsAKAIAIgEgAEEHakF4cSICaiEAAkAgAkEAIAAgAU0bRQRAIAA/AEEQdE0NASAAEBINAQtBsNwAQTA2AgBBfw8LQYjbACAANgIAIAELZgIBfwF+IwBBEGsiAiQAIAACfiABRQRAQgAMAQsgAiABrUIAQfAAIAFnIgFBH3NrECEgAikDCEKAgICAgIDAAIVBnoABIAFrrUIwhnwhAyACKQMACzcDACAAIAM3AwggAkEQaiQAC8EBAQN/IAAtAABBIHFFBEACQCACIAAoAhAiAwR/IAMFIAAQQQ0BIAAoAhALIAAoAhQiBGtLBEAgACABIAIgACgCJBECABoMAQsCQAJAIAAoAlBBAEgNACACRQ0AIAIhAwNAIAEgA2oiBUEBay0AAEEKRwRAIANBAWsiAw0BDAILCyAAIAEgAyAAKAIkEQIAIANJDQIgAiADayECIAAoAhQhBAwBCyABIQULIAQgBSACEBwaIAAgACgCFCACajYCFAsLC/ABAQF/IAIgBEgEQCAAIAEgAiAEEB5FBEBBfw8LIAAoAgwhAiAAKAIIIQELQX8gBHRBf3MgASACIARrIgJ2cSIFIAMgBEECdGooAgBKBEADQCACQQBMBEAgACABIAJBARAeRQRAQX8PCyAAKAIMIQIgACgCCCEBCyABIAJBAWsiAnZBAXEgBUEBdHIiBSADIARBAWoiBEECdGooAgBKDQALCyAAIAI2AgwgACABNgIIIARBEU4EQCAAKAIQIgAoAgAiAUH2ADYCFCAAQX8gASgCBBEDAEEADwsgAygCkAEgAyAEQQJ0aigCSCAFamotABELRwEBfwJ/QQEgACAAQQFNGyEAA0ACQCAAEB8iAQR/IAEFQajnACgCACIBDQFBAAsMAgsgARELAAwACwALIgBFBEAQSgALIAALBgAgABAiC4YhARV/IwBBoAprIgYkACACQQRPBEAgACgCACIHIAI2AhggB0EyNgIUIAAgACgCACgCABEAAAsgAEG0AUHEASABG2ogAkECdGooAgAiBUUEQCAAKAIAIgcgAjYCGCAHQTI2AhQgACAAKAIAKAIAEQAACyADKAIAIgRFBEAgAyAAQQFBlAkgACgCBCgCABECACIENgIACyAEIAU2ApABAkAgBS0AASICRQRAQQAhAgwBCyAGQZAIakEBIAIQGhoLIAIgBS0AAiIHaiIDQYECTwRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAIhAwwBCyAGQZAIaiACakECIAcQGhoLIAMgBS0AAyIHaiICQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAMhAgwBCyAGQZAIaiADakEDIAcQGhoLIAIgBS0ABCIHaiIDQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAIhAwwBCyAGQZAIaiACakEEIAcQGhoLIAMgBS0ABSIHaiICQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAMhAgwBCyAGQZAIaiADakEFIAcQGhoLIAIgBS0ABiIHaiIDQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAIhAwwBCyAGQZAIaiACakEGIAcQGhoLIAMgBS0AByIHaiICQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAMhAgwBCyAGQZAIaiADakEHIAcQGhoLIAIgBS0ACCIHaiIDQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAIhAwwBCyAGQZAIaiACakEIIAcQGhoLIAMgBS0ACSIHaiICQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAMhAgwBCyAGQZAIaiADakEJIAcQGhoLIAIgBS0ACiIHaiIDQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAIhAwwBCyAGQZAIaiACakEKIAcQGhoLIAMgBS0ACyIHaiICQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAMhAgwBCyAGQZAIaiADakELIAcQGhoLIAIgBS0ADCIHaiIDQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAIhAwwBCyAGQZAIaiACakEMIAcQGhoLIAMgBS0ADSIHaiICQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAMhAgwBCyAGQZAIaiADakENIAcQGhoLIAIgBS0ADiIHaiIDQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCAHRQRAIAIhAwwBCyAGQZAIaiACakEOIAcQGhoLIAMgBS0ADyICaiIHQYECTgRAIAAoAgAiCUEINgIUIAAgCSgCABEAAAsCQCACRQRAIAMhBwwBCyAGQZAIaiADakEPIAIQGhoLIAcgBS0AECICaiIJQYECTgRAIAAoAgAiA0EINgIUIAAgAygCABEAAAtBACEDIAIEQCAGQZAIaiAHakEQIAIQGhogCSEHCyAGQZAIaiAHakEAOgAAIAYtAJAIIgoEQCAKwCEIQQAhAgNAIArAIAhGBEADQCAGIANBAnRqIAI2AgAgAkEBaiECIAggA0EBaiIDIAZBkAhqaiwAACIKRg0ACwtBASAIdCACTARAIAAoAgAiC0EINgIUIAAgCygCABEAAAsgCEEBaiEIIAJBAXQhAiAKQf8BcQ0ACwtBfyEDIAQCfyAFLQABRQRAQQAhAkF/DAELIARBACAGKAIAazYCTCAFLQABIgJBAnQgBmpBBGsoAgALNgIEIAQgBS0AAgR/IAQgAiAGIAJBAnRqKAIAazYCUCACIAUtAAJqIgJBAnQgBmpBBGsoAgAFQX8LNgIIIAQgBS0AAwR/IAQgAiAGIAJBAnRqKAIAazYCVCACIAUtAANqIgJBAnQgBmpBBGsoAgAFQX8LNgIMIAQgBS0ABAR/IAQgAiAGIAJBAnRqKAIAazYCWCACIAUtAARqIgJBAnQgBmpBBGsoAgAFQX8LNgIQIAQgBS0ABQR/IAQgAiAGIAJBAnRqKAIAazYCXCACIAUtAAVqIgJBAnQgBmpBBGsoAgAFQX8LNgIUIAQgBS0ABgR/IAQgAiAGIAJBAnRqKAIAazYCYCACIAUtAAZqIgJBAnQgBmpBBGsoAgAFQX8LNgIYIAQgBS0ABwR/IAQgAiAGIAJBAnRqKAIAazYCZCACIAUtAAdqIgJBAnQgBmpBBGsoAgAFQX8LNgIcIAQgBS0ACAR/IAQgAiAGIAJBAnRqKAIAazYCaCACIAUtAAhqIgJBAnQgBmpBBGsoAgAFQX8LNgIgIAQgBS0ACQR/IAQgAiAGIAJBAnRqKAIAazYCbCACIAUtAAlqIgJBAnQgBmpBBGsoAgAFQX8LNgIkIAQgBS0ACgR/IAQgAiAGIAJBAnRqKAIAazYCcCACIAUtAApqIgJBAnQgBmpBBGsoAgAFQX8LNgIoIAQgBS0ACwR/IAQgAiAGIAJBAnRqKAIAazYCdCACIAUtAAtqIgJBAnQgBmpBBGsoAgAFQX8LNgIsIAQgBS0ADAR/IAQgAiAGIAJBAnRqKAIAazYCeCACIAUtAAxqIgJBAnQgBmpBBGsoAgAFQX8LNgIwIAQgBS0ADQR/IAQgAiAGIAJBAnRqKAIAazYCfCACIAUtAA1qIgJBAnQgBmpBBGsoAgAFQX8LNgI0IAQgBS0ADgR/IAQgAiAGIAJBAnRqKAIAazYCgAEgAiAFLQAOaiICQQJ0IAZqQQRrKAIABUF/CzYCOEF/IQggBCAFLQAPBH8gBCACIAYgAkECdGooAgBrNgKEASACIAUtAA9qIgJBAnQgBmpBBGsoAgAFQX8LNgI8IAUtABAEQCAEIAIgBiACQQJ0aigCAGs2AogBIAIgBS0AEGpBAnQgBmpBBGsoAgAhCAtBACEDIARBADYCjAEgBCAINgJAIARB//8/NgJEIARBlAFqIQ0DQCANIANBAnRqIgJCgJKAgICgAjcCACACQoCSgICAoAI3AgggAkKAkoCAgKACNwIQIAJCgJKAgICgAjcCGCADQQhqIgNBgAJHDQALIAVBEWohC0EAIQMgBS0AAQRAQQEhAgNAIAMgC2ohBCAGIANBAnRqKAIAQQd0IQhBgAEhCgNAIA0gCEECdGoiDCAELQAAQYACcjYCACAMIAQtAABBgAJyNgIEIAwgBC0AAEGAAnI2AgggDCAELQAAQYACcjYCDCAIQQRqIQggCkEERyEOIApBBGshCiAODQALIANBAWohAyACIAUtAAFJIQ8gAkEBaiECIA8NAAsLIAUtAAIEQEEBIQIDQCADIAtqIQQgBiADQQJ0aigCAEEGdCEIQcAAIQoDQCANIAhBAnRqIgwgBC0AAEGABHI2AgAgDCAELQAAQYAEcjYCBCAMIAQtAABBgARyNgIIIAwgBC0AAEGABHI2AgwgCEEEaiEIIApBBEchECAKQQRrIQogEA0ACyADQQFqIQMgAiAFLQACSSERIAJBAWohAiARDQALCyAFLQADBEBBASEIA0AgDSAGIANBAnRqKAIAQQd0aiICIAMgC2oiBC0AAEGABnI2AgAgAiAELQAAQYAGcjYCBCACIAQtAABBgAZyNgIIIAIgBC0AAEGABnI2AgwgAiAELQAAQYAGcjYCECACIAQtAABBgAZyNgIUIAIgBC0AAEGABnI2AhggAiAELQAAQYAGcjYCHCACIAQtAABBgAZyNgIgIAIgBC0AAEGABnI2AiQgAiAELQAAQYAGcjYCKCACIAQtAABBgAZyNgIsIAIgBC0AAEGABnI2AjAgAiAELQAAQYAGcjYCNCACIAQtAABBgAZyNgI4IAIgBC0AAEGABnI2AjwgAkFAayAELQAAQYAGcjYCACACIAQtAABBgAZyNgJEIAIgBC0AAEGABnI2AkggAiAELQAAQYAGcjYCTCACIAQtAABBgAZyNgJQIAIgBC0AAEGABnI2AlQgAiAELQAAQYAGcjYCWCACIAQtAABBgAZyNgJcIAIgBC0AAEGABnI2AmAgAiAELQAAQYAGcjYCZCACIAQtAABBgAZyNgJoIAIgBC0AAEGABnI2AmwgAiAELQAAQYAGcjYCcCACIAQtAABBgAZyNgJ0IAIgBC0AAEGABnI2AnggAiAELQAAQYAGcjYCfCADQQFqIQMgCCAFLQADSSESIAhBAWohCCASDQALCyAFLQAEBEBBASEIA0AgDSAGIANBAnRqKAIAQQZ0aiICIAMgC2oiBC0AAEGACHI2AgAgAiAELQAAQYAIcjYCBCACIAQtAABBgAhyNgIIIAIgBC0AAEGACHI2AgwgAiAELQAAQYAIcjYCECACIAQtAABBgAhyNgIUIAIgBC0AAEGACHI2AhggAiAELQAAQYAIcjYCHCACIAQtAABBgAhyNgIgIAIgBC0AAEGACHI2AiQgAiAELQAAQYAIcjYCKCACIAQtAABBgAhyNgIsIAIgBC0AAEGACHI2AjAgAiAELQAAQYAIcjYCNCACIAQtAABBgAhyNgI4IAIgBC0AAEGACHI2AjwgA0EBaiEDIAggBS0ABEkhEyAIQQFqIQggEw0ACwsgBS0ABQRAQQEhCANAIA0gBiADQQJ0aigCAEEFdGoiAiADIAtqIgQtAABBgApyNgIAIAIgBC0AAEGACnI2AgQgAiAELQAAQYAKcjYCCCACIAQtAABBgApyNgIMIAIgBC0AAEGACnI2AhAgAiAELQAAQYAKcjYCFCACIAQtAABBgApyNgIYIAIgBC0AAEGACnI2AhwgA0EBaiEDIAggBS0ABUkhFCAIQQFqIQggFA0ACwsgBS0ABgRAQQEhCANAIA0gBiADQQJ0aigCAEEEdGoiAiADIAtqIgQtAABBgAxyNgIAIAIgBC0AAEGADHI2AgQgAiAELQAAQYAMcjYCCCACIAQtAABBgAxyNgIMIANBAWohAyAIIAUtAAZJIRUgCEEBaiEIIBUNAAsLIAUtAAcEQEEBIQIDQCANIAYgA0ECdGooAgBBA3RqIgggAyALaiIELQAAQYAOcjYCACAIIAQtAABBgA5yNgIEIANBAWohAyACIAUtAAdJIRYgAkEBaiECIBYNAAsLIAUtAAgEQEEBIQIDQCANIAYgA0ECdGooAgBBAnRqIAMgC2otAABBgBByNgIAIANBAWohAyACIAUtAAhJIRcgAkEBaiECIBcNAAsLAkAgAUUNACAHQQBMDQBBACEIIAlBAUcEQCAJQQFxIRggCUF+cSEIQQAhAgNAIAIgC2oiAy0AAEEQTwRAIAAoAgAiB0EINgIUIAAgBygCABEAAAsgAy0AAUEQTwRAIAAoAgAiA0EINgIUIAAgAygCABEAAAsgAkECaiICIAhHDQALIBhFDQELIAggC2otAABBEEkNACAAKAIAIgFBCDYCFCAAIAEoAgARAAALIAZBoApqJAALqQgBB38gACgCGCIDKAIEIQUgAygCACEEIAAgAjYC4AEgACABNgLcAQJAIAVFBEAgACADKAIMEQEARQ0BIAMoAgAhBCADKAIEIQULIAQtAAAhCSAFQQFrIgIEfyAEQQFqBSAAIAMoAgwRAQBFDQEgAygCBCECIAMoAgALIgUtAAAhCCAAIAJBAWsiBAR/IAVBAWoFIAAgAygCDBEBAEUNASADKAIEIQQgAygCAAsiBS0AADYC1AEgACAEQQFrIgQEfyAFQQFqBSAAIAMoAgwRAQBFDQEgAygCBCEEIAMoAgALIgUtAABBCHQiAjYCICAAIARBAWsiBAR/IAVBAWoFIAAgAygCDBEBAEUNASAAKAIgIQIgAygCBCEEIAMoAgALIgUtAAAgAmo2AiAgACAEQQFrIgQEfyAFQQFqBSAAIAMoAgwRAQBFDQEgAygCBCEEIAMoAgALIgUtAABBCHQiAjYCHCAAIARBAWsiBAR/IAVBAWoFIAAgAygCDBEBAEUNASAAKAIcIQIgAygCBCEEIAMoAgALIgUtAAAgAmo2AhwgACAEQQFrIgYEfyAFQQFqBSAAIAMoAgwRAQBFDQEgAygCBCEGIAMoAgALIgQtAAA2AiQgACgCACIBIAAoAqADNgIYIAEgACgCHDYCHCABIAAoAiA2AiAgACgCJCECIAFB5AA2AhQgASACNgIkIABBASABKAIEEQMAIAAoArgDKAIQBEAgACgCACIBQTo2AhQgACABKAIAEQAACyAJQQh0IAhyQQhrIQICQAJAIAAoAiBFDQAgACgCHEUNACAAKAIkIgFBAEoNAQsgACgCACIBQSA2AhQgACABKAIAEQAAIAAoAiQhAQsgAUEDbCACRwRAIAAoAgAiAUELNgIUIAAgASgCABEAACAAKAIkIQELIARBAWohAiAGQQFrIQQgACgC2AEiBQR/IAEFIAAgAEEBIAFB1ABsIAAoAgQoAgARAgAiBTYC2AEgACgCJAtBAEoEQEEAIQEDQCAFIAE2AgQgBEUEQCAAIAMoAgwRAQBFDQMgAygCBCEEIAMoAgAhAgsgBSACLQAANgIAIAUgBEEBayIGBH8gAkEBagUgACADKAIMEQEARQ0DIAMoAgQhBiADKAIACyIELQAAIgJBD3E2AgwgBSACQQR2NgIIIAUgBkEBayIGBH8gBEEBagUgACADKAIMEQEARQ0DIAMoAgQhBiADKAIACyICLQAANgIQIAAoAgAiBCAFKAIANgIYIAQgBSgCCDYCHCAEIAUoAgw2AiAgBSgCECEHIARB5QA2AhQgBCAHNgIkIABBASAEKAIEEQMAIAJBAWohAiAGQQFrIQQgBUHUAGohBSABQQFqIgEgACgCJEgNAAsLIAAoArgDQQE2AhAgAyAENgIEIAMgAjYCAEEBDwtBAAupAQEBfEQAAAAAAADwPyEBAkAgAEGACE4EQEQAAAAAAADgfyEBIABB/w9JBEAgAEH/B2shAAwCC0QAAAAAAADwfyEBQf0XIAAgAEH9F08bQf4PayEADAELIABBgXhKDQBEAAAAAAAAYAMhASAAQbhwSwRAIABByQdqIQAMAQtEAAAAAAAAAAAhAUHwaCAAIABB8GhNG0GSD2ohAAsgASAAQf8Haq1CNIa/oguHAgEDfyAAKAIEIQMgAkGBlOvcA08EQCAAKAIAQraAgICAATcCFCAAIAAoAgAoAgARAAALIAJBB2pBeHEiBUETaiIEQYGU69wDTwRAIAAoAgBCtoCAgDA3AhQgACAAKAIAKAIAEQAACyABQQJPBEAgACgCACICIAE2AhggAkEONgIUIAAgACgCACgCABEAAAsgBBAfIgJFBEAgACgCAEK2gICAwAA3AhQgACAAKAIAKAIAEQAACyADIAMoAkwgBGo2AkwgAyABQQJ0aiIAQTxqKAIAIQEgAkEANgIIIAIgBTYCBCACIAE2AgAgACACNgI8IAJBDGoiAEEIIABBB3EiAGtBACAAG2oLRAEBfyMAQRBrIgUkACAFIAEgAiADIARCgICAgICAgICAf4UQIyAFKQMAIQEgACAFKQMINwMIIAAgATcDACAFQRBqJAAL/AoBI38gASgCFCEMIAEoAhAhByABKAIMIQ0gASgCCCEGIAAoAswDKAIYIQ8CQAJAIAEoAgQiCCABKAIAIgRMDQAgBiANSg0AIAcgDEoNACAHQQF0IQogBCEJA0AgDyAJQQJ0aigCACELIAYhBQNAIAsgBUEGdGogCmohAyAHIQIDQCADLwEABEAgASAJNgIADAULIANBAmohAyACIAxHIREgAkEBaiECIBENAAsgBSANRyESIAVBAWohBSASDQALIAggCUchEyAJQQFqIQkgEw0ACwsgBCEJCwJAAkAgCCAJTA0AIAYgDUoNACAHIAxKDQAgB0EBdCEEIAghCgNAIA8gCkECdGooAgAhCyAGIQUDQCALIAVBBnRqIARqIQMgByECA0AgAy8BAARAIAEgCjYCBAwFCyADQQJqIQMgAiAMRyEUIAJBAWohAiAUDQALIAUgDUchFSAFQQFqIQUgFQ0ACyAJIApIIRYgCkEBayEKIBYNAAsLIAghCgsCQAJAIAYgDU4NACAJIApKDQAgByAMSg0AIAdBAXQhBSAGIQgDQCAIQQZ0IQsgCSEEA0AgDyAEQQJ0aigCACALaiAFaiEDIAchAgNAIAMvAQAEQCABIAg2AggMBQsgA0ECaiEDIAIgDEchFyACQQFqIQIgFw0ACyAEIApHIRggBEEBaiEEIBgNAAsgCCANRyEZIAhBAWohCCAZDQALCyAGIQgLAkACQCAIIA1ODQAgCSAKSg0AIAcgDEoNACAHQQF0IQQgDSEFA0AgBUEGdCEGIAkhCwNAIA8gC0ECdGooAgAgBmogBGohAyAHIQIDQCADLwEABEAgASAFNgIMDAULIANBAmohAyACIAxHIRogAkEBaiECIBoNAAsgCiALRyEbIAtBAWohCyAbDQALIAUgCEohHCAFQQFrIQUgHA0ACwsgDSEFCwJAAkAgByAMTg0AIAkgCkoNACAFIAhIDQAgCEEGdCENIAchBANAIARBAXQhCyAJIQYDQCAPIAZBAnRqKAIAIA1qIAtqIQMgCCECA0AgAy8BAARAIAEgBDYCEAwFCyADQUBrIQMgAiAFRyEdIAJBAWohAiAdDQALIAYgCkchHiAGQQFqIQYgHg0ACyAEIAxHIR8gBEEBaiEEIB8NAAsLIAchBAsCQAJAIAQgDE4NACAJIApKDQAgBSAISA0AIAhBBnQhDSAMIQYDQCAGQQF0IQsgCSEHA0AgDyAHQQJ0aigCACANaiALaiEDIAghAgNAIAMvAQAEQCABIAY2AhQMBQsgA0FAayEDIAIgBUchICACQQFqIQIgIA0ACyAHIApHISEgB0EBaiEHICENAAsgBCAGSCEiIAZBAWshBiAiDQALCyAMIQYLIAEgACgCLEECdCIAQbA7aigCAEECdEHQOmooAgAgBSAIa2xBAnQiAiACbCAAQeA6aigCAEECdEHQOmooAgAgCiAJa2xBA3QiAiACbGogBiAEayIMIABBgDxqKAIAQQJ0QdA6aigCAGxBA3QiACAAbGo2AhhBACEDAkAgCSAKSg0AIAUgCEgNACAEIAxBAWpBA3EiDWohBwNAIAQgBkwEQCAPIAlBAnRqKAIAIRAgCCELA0AgECALQQZ0aiAEQQF0aiEAQQAhDiAEIQIgDQRAA0AgAyAALwEAQQBHaiEDIABBAmohACAOQQFqIg4gDUcNAAsgByECCyAMQQNPBEADQCADIAAvAQBBAEdqIAAvAQJBAEdqIAAvAQRBAEdqIAAvAQZBAEdqIQMgAEEIaiEAIAJBA2ohDiACQQRqIQIgBiAORw0ACwsgBSALRyEjIAtBAWohCyAjDQALCyAJIApHISQgCUEBaiEJICQNAAsLIAEgAzYCHAuJAwEHfyAAKAIYIgEoAgQhAiABKAIAIQQDQCACRQRAIAAgASgCDBEBAEUEQEEADwsgASgCACEEIAEoAgQhAgsgBEEBaiEDIAJBAWshAiAELQAAQf8BRwRAA0AgACgCuAMiBCAEKAIYQQFqNgIYIAEgAjYCBCABIAM2AgAgAgR/IAIFIAAgASgCDBEBAEUEQEEADwsgASgCACEDIAEoAgQLQQFrIQIgAy0AACEHIANBAWohAyAHQf8BRw0ACwsDQCACBH8gAgUgACABKAIMEQEARQRAQQAPCyABKAIAIQMgASgCBAtBAWshAiADLQAAIQUgA0EBaiIEIQMgBUH/AUYNAAsgBUUEQCAAKAK4AyIDIAMoAhhBAmo2AhggASACNgIEIAEgBDYCAAwBCwsgACgCuAMoAhgiAwRAIAAoAgAiBiADNgIYIAZB9AA2AhQgACgCACAFNgIcIABBfyAAKAIAKAIEEQMAIAAoArgDQQA2AhgLIAAgBTYCoAMgASACNgIEIAEgBDYCAEEBC/UBAQN/IwBBEGsiACQAAkAgAEEMaiAAQQhqEBQNAEHc4AAgACgCDEECdEEEahAfIgE2AgAgAUUNACAAKAIIEB8iAQRAQdzgACgCACICIAAoAgxBAnRqQQA2AgAgAiABEBNFDQELQdzgAEEANgIACyAAQRBqJABBtOAAQQE2AgBBuOAAQQA2AgBB+B9BA0GANEGMNEECQQNBABAFQbjgAEHQ4AAoAgA2AgBB0OAAQbTgADYCAEHU4ABB/gA2AgBB2OAAQQA2AgAQV0HY4ABB0OAAKAIANgIAQdDgAEHU4AA2AgBB+OUAQSo2AgBBwOYAQYTnADYCAAvzAQEGfyAAKALIAyIBIABBAUGACCAAKAIEKAIAEQIANgIIIAEgAEEBQYAIIAAoAgQoAgARAgA2AgwgASAAQQFBgAggACgCBCgCABECADYCECABIABBAUGACCAAKAIEKAIAEQIAIgM2AhQgASgCECEEIAEoAgwhBSABKAIIIQZBACEBQYB/IQADQCAGIAFBAnQiAmogAEHpzQVsQYCAAmpBEHU2AgAgAiAFaiAAQaKLB2xBgIACakEQdTYCACACIARqIABBrpJ9bDYCACACIANqIABB5s9+bEGAgAJqNgIAIABBAWohACABQQFqIgFBgAJHDQALC8YGAgV/BH4jAEGAAWsiBSQAAkACQAJAIAMgBEIAQgAQK0UNAAJ/IARC////////P4MhCwJ/IARCMIinQf//AXEiBkH//wFHBEBBBCAGDQEaQQJBAyADIAuEUBsMAgsgAyALhFALCyEJIAJCMIinIghB//8BcSIHQf//AUYNACAJDQELIAVBEGogASACIAMgBBAdIAUgBSkDECICIAUpAxgiASACIAEQWCAFKQMIIQIgBSkDACEEDAELIAEgAkL///////////8AgyILIAMgBEL///////////8AgyIKECtBAEwEQCABIAsgAyAKECsEQCABIQQMAgsgBUHwAGogASACQgBCABAdIAUpA3ghAiAFKQNwIQQMAQsgBEIwiKdB//8BcSEGIAcEfiABBSAFQeAAaiABIAtCAEKAgICAgIDAu8AAEB0gBSkDaCILQjCIp0H4AGshByAFKQNgCyEEIAZFBEAgBUHQAGogAyAKQgBCgICAgICAwLvAABAdIAUpA1giCkIwiKdB+ABrIQYgBSkDUCEDCyAKQv///////z+DQoCAgICAgMAAhCEMIAtC////////P4NCgICAgICAwACEIQsgBiAHSARAA0ACfiALIAx9IAMgBFatfSIKQgBZBEAgCiAEIAN9IgSEUARAIAVBIGogASACQgBCABAdIAUpAyghAiAFKQMgIQQMBQsgCkIBhiAEQj+IhAwBCyALQgGGIARCP4iECyELIARCAYYhBCAHQQFrIgcgBkoNAAsgBiEHCwJAIAsgDH0gAyAEVq19IgpCAFMEQCALIQoMAQsgCiAEIAN9IgSEQgBSDQAgBUEwaiABIAJCAEIAEB0gBSkDOCECIAUpAzAhBAwBCyAKQv///////z9YBEADQCAEQj+IIQ0gB0EBayEHIARCAYYhBCANIApCAYaEIgpCgICAgICAwABUDQALCyAIQYCAAnEhBiAHQQBMBEAgBUFAayAEIApC////////P4MgB0H4AGogBnKtQjCGhEIAQoCAgICAgMDDPxAdIAUpA0ghAiAFKQNAIQQMAQsgCkL///////8/gyAGIAdyrUIwhoQhAgsgACAENwMAIAAgAjcDCCAFQYABaiQAC7YGAQN/IAAoAswDIABBAUH8DyAAKAIEKAIAEQIAIgBB/AdqIgE2AiggAEL/////DzcC+AcgAEKBgICAIDcCgAggAEKDgICAwAA3AogIIABC/f///283AvAHIABChYCAgOAANwKQCCAAQvv///9PNwLoByAAQoeAgICAATcCmAggAEL5////r383AuAHIABCiYCAgKABNwKgCCAAQvf///+PfzcC2AcgAEKLgICAwAE3AqgIIABC9f///+9+NwLQByAAQo2AgIDgATcCsAggAELz////z343AsgHIABCj4CAgIACNwK4CCAAQvH///+vfjcCwAcgAEFwNgK8ByAAQRA2AsAIIABCkYCAgJACNwLECCAAQu////+PfjcCtAcgAEESNgLMCCAAQu7/////fTcCrAcgAEKSgICAsAI3AtAIIABC7f///+99NwKkByAAQuz////ffTcCnAcgAEKTgICAwAI3AtgIIABClICAgNACNwLgCCAAQuv////PfTcClAcgAEKVgICA4AI3AugIIABC6v///799NwKMByAAQpaAgIDwAjcC8AggAELp////r303AoQHIABCl4CAgIADNwL4CCAAQuj///+ffTcC/AYgAEEYNgKACSAAQRk2AoQJIABBaDYC+AYgAEEZNgKICSAAQWc2AvQGIABBGjYCjAkgAEFnNgLwBiAAQRo2ApAJIABBZjYC7AYgAEEbNgKUCSAAQWY2AugGIABBGzYCmAkgAEFlNgLkBiAAQRw2ApwJIABBZTYC4AYgAEEcNgKgCSAAQWQ2AtwGIABBHTYCpAkgAEFkNgLYBiAAQR02AqgJIABBYzYC1AYgAEEeNgKsCSAAQWM2AtAGIABBHjYCsAkgAEFiNgLMBiAAQR82ArQJIABBYjYCyAYgAEEfNgK4CSAAQWE2AsQGIABBYTYCwAZBMCECA0AgASACQQJ0IgBqQSA2AgAgASAAa0FgNgIAIAEgAEEEciIDakEgNgIAIAEgA2tBYDYCACABIABBCHIiA2pBIDYCACABIANrQWA2AgAgASAAQQxyIgBqQSA2AgAgASAAa0FgNgIAIAJBBGoiAkGAAkcNAAsLlAQBDH8gACgCzAMiBSAAKAJYIgFBAUYiAjYCHCAFIABBAUH+BUGAAiACGyAAKAJ4IAAoAgQoAggRCgA2AhgCQCAAKAJ4QQBMDQAgBUEgaiEKIAUoAhQhBiABQQFGBEADQCAKIAdBAnQiAmooAgAhASAFKAIYIAJqIgMgAygCAEH/AWo2AgAgAUH+AWoiCCABQQF0QQJrIgltIQQgBiABbSEGIAUoAhggAmooAgAhA0EAIQFBACECA0AgAiAESgRAA0AgAiAIIAFBAWoiAUH+A2xqIAltIgRKDQALCyACIANqIAEgBmw6AAAgAkEBaiICQYACRw0ACyADQYECaiEJIANBgAJqIQsgA0H/AWohBCADLQAAIQJBASEBA0AgAyABayIMIAI6AAAgASAEaiAELQAAIgg6AAAgAyABQX9zaiACOgAAIAEgC2ogCDoAACAMQQJrIAI6AAAgASAJaiAIOgAAIAFBA2oiAUGAAkcNAAsgB0EBaiIHIAAoAnhIDQAMAgsACwNAIAogB0ECdCICaigCACIBQf4BaiIDIAFBAXRBAmsiCG0hBCAGIAFtIQYgBSgCGCACaigCACEJQQAhAUEAIQIDQCACIARKBEADQCACIAMgAUEBaiIBQf4DbGogCG0iBEoNAAsLIAIgCWogASAGbDoAACACQQFqIgJBgAJHDQALIAdBAWoiByAAKAJ4SA0ACwsL9AYBCX9BASECAkACQCAAKALIAiIBQQFGBEAgACAAKALMAiIBKAIcNgLcAiAAIAEoAiAiAzYC4AIgAUEBNgI8IAFCgYCAgBA3AjQgAUEBNgJEIAEgASgCJDYCQCABIAMgASgCDCIBcCIDIAEgAxs2AkggAEIBNwLkAgwBCyABQQVrQXtNBEAgACgCACICIAE2AhggAkEaNgIUIAAoAgBBBDYCHCAAIAAoAgAoAgARAAAgACgCyAIhAQsgAEEANgLkAiAAIAAoArQCQQN0IgIgACgCHGpBAWsgAm02AtwCIAAgACgCuAJBA3QiAiAAKAIgakEBayACbTYC4AIgAUEATA0BIABB6AJqIQUgAEHMAmohCANAIAggA0ECdGooAgAiAiACKAIIIgQ2AjQgAiACKAIMIgY2AjggAiAEIAZsIgE2AjwgAiAEIAIoAiRsNgJAIAIgAigCHCAEcCIHIAQgBxs2AkQgAiACKAIgIAZwIgIgBiACGzYCSCAAKALkAiABakELTgRAIAAoAgAiAkENNgIUIAAgAigCABEAAAsCQCABQQBMDQAgASECIAFBA3EiBgRAIAFB/P///wdxIQJBACEEA0AgACAAKALkAiIHQQFqNgLkAiAFIAdBAnRqIAM2AgAgBEEBaiIEIAZHDQALCyABQQRJDQADQCAAIAAoAuQCIgFBAWo2AuQCIAUgAUECdGogAzYCACAAIAAoAuQCIgFBAWo2AuQCIAUgAUECdGogAzYCACAAIAAoAuQCIgFBAWo2AuQCIAUgAUECdGogAzYCACAAIAAoAuQCIgFBAWo2AuQCIAUgAUECdGogAzYCACACQQVrIQkgAkEEayECIAlBfkkNAAsLIANBAWoiAyAAKALIAiICSA0ACyACQQBMDQELIABBpAFqIQEgAEHMAmohBEEAIQMDQCAEIANBAnRqKAIAIgUoAkxFBEACQCAFKAIQIgJBA00EQCABIAJBAnRqKAIADQELIAAoAgAiBiACNgIYIAZBNDYCFCAAIAAoAgAoAgARAAALIAUgAEEBQYQBIAAoAgQoAgARAgAgASACQQJ0aigCAEGEARAcNgJMIAAoAsgCIQILIANBAWoiAyACSA0ACwsgACAAKAK8AygCABEAACAAIAAoAqwDKAIAEQAAIAAoArQDIAAoAqwDKAIENgIAC30BA38CQAJAIAAiAUEDcUUNACABLQAARQRAQQAPCwNAIAFBAWoiAUEDcUUNASABLQAADQALDAELA0AgASICQQRqIQFBgIKECCACKAIAIgNrIANyQYCBgoR4cUGAgYKEeEYNAAsDQCACIgFBAWohAiABLQAADQALCyABIABrC1kBAX8gACAAKAJIIgFBAWsgAXI2AkggACgCACIBQQhxBEAgACABQSByNgIAQX8PCyAAQgA3AgQgACAAKAIsIgE2AhwgACABNgIUIAAgASAAKAIwajYCEEEAC9ICAQZ/IAAoAgQhAwJAIAFBAk8EQCAAKAIAIgIgATYCGCACQQ42AhQgACAAKAIAKAIAEQAADAELIAFBAUcNACADKAJEIgIEQANAIAIoAigEQCACQQA2AiggACACQTBqIAIoAjgRAwALIAIoAiwiAg0ACwsgA0EANgJEIAMoAkgiAgRAA0AgAigCKARAIAJBADYCKCAAIAJBMGogAigCOBEDAAsgAigCLCICDQALCyADQQA2AkgLIAMgAUECdGoiASIAQTxqKAIAIQIgAEEANgI8IAIEQANAIAIoAgAhBiACKAIIIQQgAigCBCEFIAIQIiADIAMoAkwgBCAFamtBDGs2AkwgBiICDQALCyABKAI0IQIgAUEANgI0IAIEQANAIAIoAgAhByACKAIIIQEgAigCBCEEIAIQIiADIAMoAkwgASAEamtBDGs2AkwgByICDQALCws4AQF/IAAgACgCACgCCBEAACAAKAIEIgEEQCAAIAEoAigRAAALIABBADYCFCAAQQA2AgRBARAZAAscACAAIAFBCCACpyACQiCIpyADpyADQiCIpxAQCwgAIAAQXRAiC3YBAX8gACgCJCIDRQRAIAAgAjYCGCAAIAE2AhAgAEEBNgIkIAAgACgCODYCFA8LAkACQCAAKAIUIAAoAjhHDQAgACgCECABRw0AIAAoAhhBAkcNASAAIAI2AhgPCyAAQQE6ADYgAEECNgIYIAAgA0EBajYCJAsLmgEAIABBAToANQJAIAAoAgQgAkcNACAAQQE6ADQCQCAAKAIQIgJFBEAgAEEBNgIkIAAgAzYCGCAAIAE2AhAgA0EBRw0CIAAoAjBBAUYNAQwCCyABIAJGBEAgACgCGCICQQJGBEAgACADNgIYIAMhAgsgACgCMEEBRw0CIAJBAUYNAQwCCyAAIAAoAiRBAWo2AiQLIABBAToANgsLrwMBBX8jAEEQayIDJAAgAyAAKAIAIgRBCGsoAgAiAjYCDCADIAAgAmo2AgQgAyAEQQRrKAIANgIIIAMoAgQhBQJAIAMoAggiBCABQQAQJQRAQQAgBSADKAIMGyECDAELIwBBQGoiAiQAIAAgBU4EQCACIAE2AgwgAiAENgIEIAIgADYCCCACQRBqQQBBJBAaGiACQQA2AjwgAkKBgICAgICAgAE3AjQgBCACQQRqIAUgBUEBQQAgBCgCACgCFBENACAAQQAgAigCHBshBgsgAkFAayQAIAYiAg0AIwBBQGoiAiQAIAJBrNUANgIMIAIgADYCCCACIAE2AgRBACEAIAJBEGpBAEErEBoaIAJBADYCPCACQQE6ADsgBCACQQRqIAVBAUEAIAQoAgAoAhgRBAACQAJAAkAgAigCKA4CAAECCyACKAIYQQAgAigCJEEBRhtBACACKAIgQQFGG0EAIAIoAixBAUYbIQAMAQsgAigCHEEBRwRAIAIoAiwNASACKAIgQQFHDQEgAigCJEEBRw0BCyACKAIUIQALIAJBQGskACAAIQILIANBEGokACACCwUAEBEACwUAEEkAC78CAQF/IwBB0ABrIgQkAAJAIANBgIABTgRAIARBIGogASACQgBCgICAgICAgP//ABAdIAQpAyghAiAEKQMgIQEgA0H//wFJBEAgA0H//wBrIQMMAgsgBEEQaiABIAJCAEKAgICAgICA//8AEB1B/f8CIAMgA0H9/wJPG0H+/wFrIQMgBCkDGCECIAQpAxAhAQwBCyADQYGAf0oNACAEQUBrIAEgAkIAQoCAgICAgIA5EB0gBCkDSCECIAQpA0AhASADQfSAfksEQCADQY3/AGohAwwBCyAEQTBqIAEgAkIAQoCAgICAgIA5EB1B6IF9IAMgA0HogX1NG0Ga/gFqIQMgBCkDOCECIAQpAzAhAQsgBCABIAJCACADQf//AGqtQjCGEB0gACAEKQMINwMIIAAgBCkDADcDACAEQdAAaiQACzwAIAAgATcDACAAIAJC////////P4MgAkKAgICAgIDA//8Ag0IwiKcgA0IwiKdBgIACcXKtQjCGhDcDCAu/AwIEfwF+AkACQAJ/IAAoAgQiASAAKAJoRwRAIAAgAUEBajYCBCABLQAADAELIAAQGwsiAUEraw4DAAEAAQsgAUEtRiEDIAAoAgQiASAAKAJoRwRAIAAgAUEBajYCBCABLQAAIQEMAQsgABAbIQELAkAgAUE6a0F1SwRAA0AgASACQQpsakEwayICQcyZs+YASAJ/IAAoAgQiASAAKAJoRwRAIAAgAUEBajYCBCABLQAADAELIAAQGwsiAUEwayIEQQlNcQ0ACyACrCEFAkAgBEEKTw0AA0AgAa0gBUIKfnwhBQJ/IAAoAgQiASAAKAJoRwRAIAAgAUEBajYCBCABLQAADAELIAAQGwsiAUEwayICQQlNIAVCMH0iBUKuj4XXx8LrowFTcQ0ACyACQQpPDQADQAJ/IAAoAgQiASAAKAJoRwRAIAAgAUEBajYCBCABLQAADAELIAAQGwtBMGtBCkkNAAsLIAApA3BCAFkEQCAAIAAoAgRBAWs2AgQLQgAgBX0gBSADGyEFDAELQoCAgICAgICAgH8hBSAAKQNwQgBTDQAgACAAKAIEQQFrNgIEQoCAgICAgICAgH8PCyAFC0MAAkAgAEUNAAJAAkACQAJAIAFBAmoOBgABAgIEAwQLIAAgAjwAAA8LIAAgAj0BAA8LIAAgAj4CAA8LIAAgAjcDAAsLvAEBAX8gAUEARyECAkACQAJAIABBA3FFDQAgAUUNAANAIAAtAABFDQIgAUEBayIBQQBHIQIgAEEBaiIAQQNxRQ0BIAENAAsLIAJFDQECQCAALQAARQ0AIAFBBEkNAANAQYCChAggACgCACICayACckGAgYKEeHFBgIGChHhHDQIgAEEEaiEAIAFBBGsiAUEDSw0ACwsgAUUNAQsDQCAALQAARQRAIAAPCyAAQQFqIQAgAUEBayIBDQALC0EAC5ECACAARQRAQQAPCwJ/AkAgAUH/AE0NAAJAQcDmACgCACgCAEUEQCABQYB/cUGAvwNGDQIMAQsgAUH/D00EQCAAIAFBP3FBgAFyOgABIAAgAUEGdkHAAXI6AABBAgwDCyABQYBAcUGAwANHIAFBgLADT3FFBEAgACABQT9xQYABcjoAAiAAIAFBDHZB4AFyOgAAIAAgAUEGdkE/cUGAAXI6AAFBAwwDCyABQYCABGtB//8/TQRAIAAgAUE/cUGAAXI6AAMgACABQRJ2QfABcjoAACAAIAFBBnZBP3FBgAFyOgACIAAgAUEMdkE/cUGAAXI6AAFBBAwDCwtBsNwAQRk2AgBBfwwBCyAAIAE6AABBAQsLrgIAAkACQAJAAkACQAJAAkACQAJAAkAgAUEJaw4RAAcICQcIAQIDBAkICQkHCAUGCyACIAIoAgAiAUEEajYCACAAIAEoAgA2AgAPCyACIAIoAgAiAUEEajYCACAAIAEyAQA3AwAPCyACIAIoAgAiAUEEajYCACAAIAEzAQA3AwAPCyACIAIoAgAiAUEEajYCACAAIAEwAAA3AwAPCyACIAIoAgAiAUEEajYCACAAIAExAAA3AwAPCyACIAIoAgBBB2pBeHEiAUEIajYCACAAIAErAwA5AwALDwsgAiACKAIAIgFBBGo2AgAgACABNAIANwMADwsgAiACKAIAIgFBBGo2AgAgACABNQIANwMADwsgAiACKAIAQQdqQXhxIgFBCGo2AgAgACABKQMANwMAC3MBBn8gACgCACIDLAAAQTBrIgFBCUsEQEEADwsDQEF/IQQgAkHMmbPmAE0EQEF/IAEgAkEKbCIFaiABIAVB/////wdzSxshBAsgACADQQFqIgU2AgAgAywAASEGIAQhAiAFIQMgBkEwayIBQQpJDQALIAILwhMCF38DfiMAQUBqIgckACAHIAE2AjwgB0EnaiEUIAdBKGohDwJAAkACQANAQQAhBQNAAkAgASELAkACQCAFIAxB/////wdzSg0AIAUgDGohDAJAAkACQCABIgUtAAAiBgRAA0ACQAJAIAZB/wFxIgFFBEAgBSEBDAELIAFBJUcNASAFIQYDQCAGLQABQSVHBEAgBiEBDAILIAVBAWohBSAGLQACIRcgBkECaiIBIQYgF0ElRg0ACwsgBSALayIFIAxB/////wdzIhVKDQYgAARAIAAgCyAFEC8LIAUNCSAHIAE2AjwgAUEBaiEFQX8hDQJAIAEsAAFBMGsiBkEJSw0AIAEtAAJBJEcNACABQQNqIQVBASEQIAYhDQsgByAFNgI8QQAhCQJAIAUsAAAiCkEgayIBQR9LBEAgBSEGDAELIAUhBkEBIAF0IgFBidEEcUUNAANAIAcgBUEBaiIGNgI8IAEgCXIhCSAFLAABIgpBIGsiAUEgTw0BIAYhBUEBIAF0IgFBidEEcQ0ACwsCQCAKQSpGBEACfwJAIAYsAAFBMGsiAUEJSw0AIAYtAAJBJEcNAAJ/IABFBEAgBCABQQJ0akEKNgIAQQAMAQsgAyABQQN0aigCAAshDiAGQQNqIQFBAQwBCyAQDQYgBkEBaiEBIABFBEAgByABNgI8QQAhEEEAIQ4MAwsgAiACKAIAIgZBBGo2AgAgBigCACEOQQALIRAgByABNgI8IA5BAE4NAUEAIA5rIQ4gCUGAwAByIQkMAQsgB0E8ahBSIg5BAEgNByAHKAI8IQELQQAhBUF/IQgCf0EAIAEtAABBLkcNABogAS0AAUEqRgRAAn8CQCABLAACQTBrIgZBCUsNACABLQADQSRHDQAgAUEEaiEBAn8gAEUEQCAEIAZBAnRqQQo2AgBBAAwBCyADIAZBA3RqKAIACwwBCyAQDQYgAUECaiEBQQAgAEUNABogAiACKAIAIgZBBGo2AgAgBigCAAshCCAHIAE2AjwgCEEATgwBCyAHIAFBAWo2AjwgB0E8ahBSIQggBygCPCEBQQELIRMDQCAFIRFBHCEGIAEiFiwAACIFQfsAa0FGSQ0JIAFBAWohASAFIBFBOmxqQa/LAGotAAAiBUEBa0EISQ0ACyAHIAE2AjwCQCAFQRtHBEAgBUUNCiANQQBOBEAgAEUEQCAEIA1BAnRqIAU2AgAMDgsgByADIA1BA3RqKQMANwMwDAILIABFDQ4gB0EwaiAFIAIQUQwBCyANQQBODQlBACEFIABFDQoLIAAtAABBIHENCyAJQf//e3EiCiAJIAlBgMAAcRshCUEAIQ1BjQshEiAPIQYgAEEgIA4CfwJ/AkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQCAWLAAAIgVBU3EgBSAFQQ9xQQNGGyAFIBEbIgVB2ABrDiEEFRUVFRUVFRUWFQkGFhYWFQYVFRUVAgUDFRUKFQEVFQQACwJAIAVBwQBrDgcWFQsVFhYWAAsgBUHTAEYNCwwUCyAHKQMwIR1BjQsMBQtBACEFAkACQAJAAkACQAJAAkAgEUH/AXEOCAABAgMEHQUGHQsgBygCMCAMNgIADBwLIAcoAjAgDDYCAAwbCyAHKAIwIAysNwMADBoLIAcoAjAgDDsBAAwZCyAHKAIwIAw6AAAMGAsgBygCMCAMNgIADBcLIAcoAjAgDKw3AwAMFgtBCCAIIAhBCE0bIQggCUEIciEJQfgAIQULIA8hASAFQSBxIQogBykDMCIdIhxCAFIEQANAIAFBAWsiASAcp0EPcUHAzwBqLQAAIApyOgAAIBxCD1YhGCAcQgSIIRwgGA0ACwsgASELIB1QDQMgCUEIcUUNAyAFQQR2QY0LaiESQQIhDQwDCyAPIQEgBykDMCIdIhxCAFIEQANAIAFBAWsiASAcp0EHcUEwcjoAACAcQgdWIRkgHEIDiCEcIBkNAAsLIAEhCyAJQQhxRQ0CIAggDyABayIBQQFqIAEgCEgbIQgMAgsgBykDMCIdQgBTBEAgB0IAIB19Ih03AzBBASENQY0LDAELIAlBgBBxBEBBASENQY4LDAELQY8LQY0LIAlBAXEiDRsLIRIgDyELAkAgHSIeQoCAgIAQVARAIB0hHAwBCwNAIAtBAWsiCyAeQgqAIhxC9gF+IB58p0EwcjoAACAeQv////+fAVYhGiAcIR4gGg0ACwsgHKciBQRAA0AgC0EBayILIAVBCm4iAUH2AWwgBWpBMHI6AAAgBUEJSyEbIAEhBSAbDQALCwsgEyAIQQBIcQ0NIAlB//97cSAJIBMbIQkCQCAdQgBSDQAgCA0AIA8hC0EAIQgMDQsgCCAdUCAPIAtraiIBIAEgCEgbIQgMDAsgBykDMCEdDAoLIAcoAjAiAUGpMyABGyILIgVB/////wcgCCAIQf////8HTxsiBhBPIgEgBWsgBiABGyIBIAtqIQYgCEEATgRAIAohCSABIQgMCwsgCiEJIAEhCCAGLQAADQsMCgsgBykDMCIcQgBSDQFCACEdDAgLIAgEQCAHKAIwDAILIABBICAOQQAgCRApQQAMAgsgB0EANgIMIAcgHD4CCCAHIAdBCGoiBjYCMEF/IQggBgshC0EAIQUgCyEGA0ACQCAGKAIAIgpFDQAgB0EEaiAKEFAiCkEASA0OIAogCCAFa0sNACAGQQRqIQYgBSAKaiIFIAhJDQELC0E9IQYgBUEASA0JIABBICAOIAUgCRApQQAiBiAFRQ0AGgNAAkAgCygCACIKRQ0AIAdBBGoiCCAKEFAiCiAGaiIGIAVLDQAgACAIIAoQLyALQQRqIQsgBSAGSw0BCwsgBQsiBiAJQYDAAHMQKSAOIAYgBiAOSBshBQwJCyAFLQABIQYgBUEBaiEFDAALAAsgAA0KIBBFDQlBASEFA0AgBCAFQQJ0aigCACIABEAgAyAFQQN0aiAAIAIQUUEBIQwgBUEBaiIFQQpHDQEMDAsLQQEhDCAFQQpPDQoDQCAEIAVBAnRqKAIADQEgBUEBaiIFQQpHDQALDAoLQRwhBgwECyAHIB08ACdBASEIIBQhCyAKIQkLIAggBiALayIKIAggCkobIgEgDUH/////B3NMDQELQT0hBgwBC0E9IQYgDiABIA1qIgggCCAOSBsiBSAVSg0AIABBICAFIAggCRApIAAgEiANEC8gAEEwIAUgCCAJQYCABHMQKSAAQTAgASAKQQAQKSAAIAsgChAvIABBICAFIAggCUGAwABzECkgBygCPCEBDAELCwtBsNwAIAY2AgALQX8hDAwBC0EAIQwLIAdBQGskACAMC3wBAn8gACAAKAJIIgFBAWsgAXI2AkggACgCFCAAKAIcRwRAIABBAEEAIAAoAiQRAgAaCyAAQQA2AhwgAEIANwMQIAAoAgAiAUEEcQRAIAAgAUEgcjYCAEF/DwsgACAAKAIsIAAoAjBqIgI2AgggACACNgIEIAFBG3RBH3ULlAIBBH8jAEHQAWsiAyQAIAMgAjYCzAEgA0GgAWoiAkEAQSgQGhogAyADKALMATYCyAECQEEAIAEgA0HIAWogA0HQAGogAhBTQQBIDQAgACgCTEEASCEGIAAgACgCACIFQV9xNgIAAkACQAJAIAAoAjBFBEAgAEHQADYCMCAAQQA2AhwgAEIANwMQIAAoAiwhAiAAIAM2AiwMAQtBACECIAAoAhANAQsgABBBDQELIAAgASADQcgBaiADQdAAaiADQaABahBTGgsgAgRAIABBAEEAIAAoAiQRAgAaIABBADYCMCAAIAI2AiwgAEEANgIcIABCADcDEAsgACAAKAIAIAVBIHFyNgIAIAYNAAsgA0HQAWokAAsEACAAC4YEAEGc1wBB0CAQDUGo1wBBuhtBAUEAEAxBtNcAQd4YQQFBgH9B/wAQAUHM1wBB1xhBAUGAf0H/ABABQcDXAEHVGEEBQQBB/wEQAUHY1wBBjxFBAkGAgH5B//8BEAFB5NcAQYYRQQJBAEH//wMQAUHw1wBBnhFBBEGAgICAeEH/////BxABQfzXAEGVEUEEQQBBfxABQYjYAEGHHEEEQYCAgIB4Qf////8HEAFBlNgAQf4bQQRBAEF/EAFBoNgAQbsSQoCAgICAgICAgH9C////////////ABBEQazYAEG6EkIAQn8QREG42ABBtBJBBBAJQcTYAEG0HkEIEAlBkMUAQaYcEARB2MUAQe4xEARBoMYAQQRBjBwQAkHsxgBBAkGyHBACQbjHAEEEQcEcEAJB1McAEAtB/McAQQBBqTEQAEGkyABBAEGPMhAAQczIAEEBQccxEABB9MgAQQJB9i0QAEGcyQBBA0GVLhAAQcTJAEEEQb0uEABB7MkAQQVB2i4QAEGUygBBBEG0MhAAQbzKAEEFQdIyEABBpMgAQQBBwC8QAEHMyABBAUGfLxAAQfTIAEECQYIwEABBnMkAQQNB4C8QAEHEyQBBBEGIMRAAQezJAEEFQeYwEABB5MoAQQhBxTAQAEGMywBBCUGjMBAAQbTLAEEGQYAvEABB3MsAQQdB+TIQAAupDwIFfw9+IwBB0AJrIgUkACAEQv///////z+DIQogAkL///////8/gyELIAIgBIVCgICAgICAgICAf4MhDCAEQjCIp0H//wFxIQgCQAJAIAJCMIinQf//AXEiCUH//wFrQYKAfk8EQCAIQf//AWtBgYB+Sw0BCyABUCACQv///////////wCDIg1CgICAgICAwP//AFQgDUKAgICAgIDA//8AURtFBEAgAkKAgICAgIAghCEMDAILIANQIARC////////////AIMiAkKAgICAgIDA//8AVCACQoCAgICAgMD//wBRG0UEQCAEQoCAgICAgCCEIQwgAyEBDAILIAEgDUKAgICAgIDA//8AhYRQBEAgAyACQoCAgICAgMD//wCFhFAEQEIAIQFCgICAgICA4P//ACEMDAMLIAxCgICAgICAwP//AIQhDEIAIQEMAgsgAyACQoCAgICAgMD//wCFhFAEQEIAIQEMAgsgASANhFAEQEKAgICAgIDg//8AIAwgAiADhFAbIQxCACEBDAILIAIgA4RQBEAgDEKAgICAgIDA//8AhCEMQgAhAQwCCyANQv///////z9YBEAgBUHAAmogASALIAEgCyALUCIGG3kgBkEGdK18pyIGQQ9rECFBECAGayEGIAUpA8gCIQsgBSkDwAIhAQsgAkL///////8/Vg0AIAVBsAJqIAMgCiADIAogClAiBxt5IAdBBnStfKciB0EPaxAhIAYgB2pBEGshBiAFKQO4AiEKIAUpA7ACIQMLIAVBoAJqIApCgICAgICAwACEIhJCD4YgA0IxiIQiAkIAQoCAgICw5ryC9QAgAn0iBEIAECAgBUGQAmpCACAFKQOoAn1CACAEQgAQICAFQYACaiAFKQOYAkIBhiAFKQOQAkI/iIQiBEIAIAJCABAgIAVB8AFqIARCAEIAIAUpA4gCfUIAECAgBUHgAWogBSkD+AFCAYYgBSkD8AFCP4iEIgRCACACQgAQICAFQdABaiAEQgBCACAFKQPoAX1CABAgIAVBwAFqIAUpA9gBQgGGIAUpA9ABQj+IhCIEQgAgAkIAECAgBUGwAWogBEIAQgAgBSkDyAF9QgAQICAFQaABaiACQgAgBSkDuAFCAYYgBSkDsAFCP4iEQgF9IgJCABAgIAVBkAFqIANCD4ZCACACQgAQICAFQfAAaiACQgBCACAFKQOoASAFKQOgASINIAUpA5gBfCIEIA1UrXwgBEIBVq18fUIAECAgBUGAAWpCASAEfUIAIAJCABAgIAYgCSAIa2ohBgJ/IAUpA3AiE0IBhiIOIAUpA4gBIg9CAYYgBSkDgAFCP4iEfCIQQufsAH0iFEIgiCICIAtCgICAgICAwACEIhVCAYYiFkIgiCIEfiIRIAFCAYYiDUIgiCIKIBAgFFatIA4gEFatIAUpA3hCAYYgE0I/iIQgD0I/iHx8fEIBfSITQiCIIhB+fCIOIBFUrSAOIA4gE0L/////D4MiEyABQj+IIhcgC0IBhoRC/////w+DIgt+fCIOVq18IAQgEH58IAQgE34iESALIBB+fCIPIBFUrUIghiAPQiCIhHwgDiAOIA9CIIZ8Ig5WrXwgDiAOIBRC/////w+DIhQgC34iESACIAp+fCIPIBFUrSAPIA8gEyANQv7///8PgyIRfnwiD1atfHwiDlatfCAOIAQgFH4iGCAQIBF+fCIEIAIgC358IgsgCiATfnwiEEIgiCALIBBWrSAEIBhUrSAEIAtWrXx8QiCGhHwiBCAOVK18IAQgDyACIBF+IgIgCiAUfnwiCkIgiCACIApWrUIghoR8IgIgD1StIAIgEEIghnwgAlStfHwiAiAEVK18IgRC/////////wBYBEAgFiAXhCEVIAVB0ABqIAIgBCADIBIQICABQjGGIAUpA1h9IAUpA1AiAUIAUq19IQpCACABfSELIAZB/v8AagwBCyAFQeAAaiAEQj+GIAJCAYiEIgIgBEIBiCIEIAMgEhAgIAFCMIYgBSkDaH0gBSkDYCINQgBSrX0hCkIAIA19IQsgASENIAZB//8AagsiBkH//wFOBEAgDEKAgICAgIDA//8AhCEMQgAhAQwBCwJ+IAZBAEoEQCAKQgGGIAtCP4iEIQEgBEL///////8/gyAGrUIwhoQhCiALQgGGDAELIAZBj39MBEBCACEBDAILIAVBQGsgAiAEQQEgBmsQKiAFQTBqIA0gFSAGQfAAahAhIAVBIGogAyASIAUpA0AiAiAFKQNIIgoQICAFKQM4IAUpAyhCAYYgBSkDICIBQj+IhH0gBSkDMCIEIAFCAYYiDVStfSEBIAQgDX0LIQQgBUEQaiADIBJCA0IAECAgBSADIBJCBUIAECAgCiACIAIgAyAEIAJCAYMiBHwiA1QgASADIARUrXwiASASViABIBJRG618IgJWrXwiBCACIAIgBEKAgICAgIDA//8AVCADIAUpAxBWIAEgBSkDGCIEViABIARRG3GtfCICVq18IgQgAiAEQoCAgICAgMD//wBUIAMgBSkDAFYgASAFKQMIIgNWIAEgA1Ebca18IgEgAlStfCAMhCEMCyAAIAE3AwAgACAMNwMIIAVB0AJqJAALwAECAX8CfkF/IQMCQCAAQgBSIAFC////////////AIMiBEKAgICAgIDA//8AViAEQoCAgICAgMD//wBRGw0AIAJC////////////AIMiBUKAgICAgIDA//8AViAFQoCAgICAgMD//wBScQ0AIAAgBCAFhIRQBEBBAA8LIAEgAoNCAFkEQCABIAJSIAEgAlNxDQEgACABIAKFhEIAUg8LIABCAFIgASACVSABIAJRGw0AIAAgASAChYRCAFIhAwsgAwuZJQEefyMAQYALayIEJAAgA0EDdCIRQeD///8HcUEEciEaIAJBAnQiB0Hg////B3FBAnIhGyABQQN0IgVB4P///wdxQQRyIRwgACgCzAMoAhghHgJAIAAoAoQBIhlBAEwEQAwBCyAaIBFBHHIiE2pBAXYhDCAbIAdBHnIiC2pBAXYhDiAcIAVBHHIiEGpBAXYhFyAAKAIsQQJ0IgVBgDxqKAIAQQJ0QdA6aigCACEPIAVBsDtqKAIAQQJ0QdA6aigCACEUIAVB4DpqKAIAQQJ0QdA6aigCACEWIAAoAogBIgUoAgghHSAFKAIEIQkgBSgCACERQf////8HIRgDQAJ/IBwgBiARai0AACIHSwRAIBYgByAQa2wiBSAFbCEVIBYgByAca2wiBSAFbAwBCyAHIBBLBEAgFiAHIBxrbCIFIAVsIRUgFiAHIBBrbCIFIAVsDAELAn8gByAXTQRAIBYgByAQa2wiBSAFbAwBCyAWIAcgHGtsIgUgBWwLIRVBAAshCgJ/IBsgBiAJai0AACIHSwRAIBQgByAba2wiBSAFbCAKaiEKIBQgByALa2wiBSAFbAwBCyAHIAtLBEAgFCAHIAtrbCIFIAVsIApqIQogFCAHIBtrbCIFIAVsDAELIAcgDk0EQCAUIAcgC2tsIgUgBWwMAQsgFCAHIBtrbCIFIAVsCyAVaiEHAn8gGiAGIB1qLQAAIg1LBEAgDyANIBprbCIFIAVsIApqIQogDyANIBNrbCIFIAVsDAELIA0gE0sEQCAPIA0gE2tsIgUgBWwgCmohCiAPIA0gGmtsIgUgBWwMAQsgDCANTwRAIA8gDSATa2wiBSAFbAwBCyAPIA0gGmtsIgUgBWwLIR8gBEGAA2ogBkECdGogCjYCACAfIAdqIgUgGCAFIBhIGyEYIAZBAWoiBiAZRw0AC0EAIQZBACEPIBlBAUcEQCAZQQFxISAgGUH+////B3EhBwNAIBggBEGAA2ogBkECdGooAgBOBEAgBEGAAWogD2ogBjoAACAPQQFqIQ8LIBggBEGAA2ogBkEBciIFQQJ0aigCAE4EQCAEQYABaiAPaiAFOgAAIA9BAWohDwsgBkECaiIGIAdHDQALICBFDQELIARBgANqIAZBAnRqKAIAIBhKDQAgBEGAAWogD2ogBjoAACAPQQFqIQ8LIARC//////f/////ADcD+AYgBEL/////9/////8ANwPwBiAEQv/////3/////wA3A+gGIARC//////f/////ADcD4AYgBEL/////9/////8ANwPYBiAEQv/////3/////wA3A9AGIARC//////f/////ADcDyAYgBEL/////9/////8ANwPABiAEQv/////3/////wA3A7gGIARC//////f/////ADcDsAYgBEL/////9/////8ANwOoBiAEQv/////3/////wA3A6AGIARC//////f/////ADcDmAYgBEL/////9/////8ANwOQBiAEQv/////3/////wA3A4gGIARC//////f/////ADcDgAYgBEL/////9/////8ANwP4BSAEQv/////3/////wA3A/AFIARC//////f/////ADcD6AUgBEL/////9/////8ANwPgBSAEQv/////3/////wA3A9gFIARC//////f/////ADcD0AUgBEL/////9/////8ANwPIBSAEQv/////3/////wA3A8AFIARC//////f/////ADcDuAUgBEL/////9/////8ANwOwBSAEQv/////3/////wA3A6gFIARC//////f/////ADcDoAUgBEL/////9/////8ANwOYBSAEQv/////3/////wA3A5AFIARC//////f/////ADcDiAUgBEL/////9/////8ANwOABSAEQv/////3/////wA3A/gEIARC//////f/////ADcD8AQgBEL/////9/////8ANwPoBCAEQv/////3/////wA3A+AEIARC//////f/////ADcD2AQgBEL/////9/////8ANwPQBCAEQv/////3/////wA3A8gEIARC//////f/////ADcDwAQgBEL/////9/////8ANwO4BCAEQv/////3/////wA3A7AEIARC//////f/////ADcDqAQgBEL/////9/////8ANwOgBCAEQv/////3/////wA3A5gEIARC//////f/////ADcDkAQgBEL/////9/////8ANwOIBCAEQv/////3/////wA3A4AEIARC//////f/////ADcD+AMgBEL/////9/////8ANwPwAyAEQv/////3/////wA3A+gDIARC//////f/////ADcD4AMgBEL/////9/////8ANwPYAyAEQv/////3/////wA3A9ADIARC//////f/////ADcDyAMgBEL/////9/////8ANwPAAyAEQv/////3/////wA3A7gDIARC//////f/////ADcDsAMgBEL/////9/////8ANwOoAyAEQv/////3/////wA3A6ADIARC//////f/////ADcDmAMgBEL/////9/////8ANwOQAyAEQv/////3/////wA3A4gDIARC//////f/////ADcDgAMgD0EASgRAIARBgARqIRcgACgCLCIVQQJ0QbA7aigCAEECdEHQOmooAgAhECAEQSBqIR1BACEYA0AgFUECdCIHQYA8aigCAEECdEHQOmoiBigCACIMIAwgGiAEQYABaiAYai0AACIIIAAoAogBIg4oAghqLQAAa2wiCWxBBHQgDEEDdCIFIAVsaiENIBsgDigCBCAIai0AAGsgEGwiESARbCAHQeA6aigCAEECdEHQOmooAgAiFiAcIA4oAgAgCGotAABrbCIOIA5saiAJIAlsaiIKIAQoAoADSARAIAQgCDoAACAEIAo2AoADCyAMIAxsQQd0IgwgDWohCyAKIA1qIgcgBCgChANIBEAgBCAIOgABIAQgBzYChAMLIBBBAnQiBSAFbCEhIAcgC2oiByAEKAKIA0gEQCAEIAg6AAIgBCAHNgKIAwsgISAQIBFsQQN0aiERIAcgC2ogDGoiBSAEKAKMA0gEQCAEIAg6AAMgBCAFNgKMAwsgCiARaiIHIAQoApADSARAIAQgCDoABCAEIAc2ApADCyAHIA1qIgUgBCgClANIBEAgBCAIOgAFIAQgBTYClAMLIAUgC2oiBSAEKAKYA0gEQCAEIAg6AAYgBCAFNgKYAwsgBSALaiAMaiIFIAQoApwDSARAIAQgCDoAByAEIAU2ApwDCyAHIBAgEGxBBXQiFCARaiIHaiIJIAQoAqADSARAIAQgCDoACCAEIAk2AqADCyAJIA1qIgUgBCgCpANIBEAgBCAIOgAJIAQgBTYCpAMLIAUgC2oiBSAEKAKoA0gEQCAEIAg6AAogBCAFNgKoAwsgBSALaiAMaiIFIAQoAqwDSARAIAQgCDoACyAEIAU2AqwDCyAHIBRqIgcgCWoiCSAEKAKwA0gEQCAEIAg6AAwgBCAJNgKwAwsgCSANaiIFIAQoArQDSARAIAQgCDoADSAEIAU2ArQDCyAFIAtqIgUgBCgCuANIBEAgBCAIOgAOIAQgBTYCuAMLIAUgC2ogDGoiBSAEKAK8A0gEQCAEIAg6AA8gBCAFNgK8AwsgByAUaiIHIAlqIgkgBCgCwANIBEAgBCAIOgAQIAQgCTYCwAMLIAkgDWoiBSAEKALEA0gEQCAEIAg6ABEgBCAFNgLEAwsgBSALaiIFIAQoAsgDSARAIAQgCDoAEiAEIAU2AsgDCyAFIAtqIAxqIgUgBCgCzANIBEAgBCAIOgATIAQgBTYCzAMLIAcgFGoiByAJaiIJIAQoAtADSARAIAQgCDoAFCAEIAk2AtADCyAJIA1qIgUgBCgC1ANIBEAgBCAIOgAVIAQgBTYC1AMLIAUgC2oiBSAEKALYA0gEQCAEIAg6ABYgBCAFNgLYAwsgBSALaiAMaiIFIAQoAtwDSARAIAQgCDoAFyAEIAU2AtwDCyAHIBRqIgcgCWoiCSAEKALgA0gEQCAEIAg6ABggBCAJNgLgAwsgCSANaiIFIAQoAuQDSARAIAQgCDoAGSAEIAU2AuQDCyAFIAtqIgUgBCgC6ANIBEAgBCAIOgAaIAQgBTYC6AMLIAUgC2ogDGoiBSAEKALsA0gEQCAEIAg6ABsgBCAFNgLsAwsgByAUaiAJaiIFIAQoAvADSARAIAQgCDoAHCAEIAU2AvADCyAFIA1qIgUgBCgC9ANIBEAgBCAIOgAdIAQgBTYC9AMLIAUgC2oiBSAEKAL4A0gEQCAEIAg6AB4gBCAFNgL4AwsgBSALaiAMaiIFIAQoAvwDSARAIAQgCDoAHyAEIAU2AvwDC0EHIQUgBigCACIHIAdsQQd0IgkgDWohGSARIQcgCiAWQQN0IgYgBmwgFkEEdCAObGoiC2oiECESIB0hCiAXIQYDQCAGKAIAIBJKBEAgBiASNgIAIAogCDoAAAsgBSEOIAkhBSANIBJqIhMgBigCBEgEQCAGIBM2AgQgCiAIOgABIAwhBQsgEyAZaiITIAYoAghIBEAgBiATNgIIIAogCDoAAgsgEyAZaiAFaiIFIAYoAgxIBEAgBiAFNgIMIAogCDoAAwsgDkEBayEFIAcgEmohEiAKQQRqIQogBkEQaiEGIAcgFGohByAODQALQQchBSARIQcgECAWIBZsQQd0IhAgC2oiDGoiDiESA0AgBigCACASSgRAIAYgEjYCACAKIAg6AAALIAUhCSAVQQJ0QYA8aigCAEECdEHQOmooAgAiBSAFbEEHdCIFIA1qIRMgDSASaiILIAYoAgRIBEAgBiALNgIEIAogCDoAASAAKAIsQQJ0QYA8aigCAEECdEHQOmooAgAiBSAFbEEHdCEFCyALIBNqIgsgBigCCEgEQCAGIAs2AgggCiAIOgACCyALIBNqIAVqIgUgBigCDEgEQCAGIAU2AgwgCiAIOgADCyAJQQFrIQUgByASaiESIApBBGohCiAGQRBqIQYgByAAKAIsIhVBAnRBsDtqKAIAQQJ0QdA6aigCACIHIAdsQQV0aiEHIAkNAAsgDCAOaiAQaiESQQchBQNAIAYoAgAgEkoEfyAGIBI2AgAgCiAIOgAAIAAoAiwFIBULQQJ0QYA8aigCAEECdEHQOmooAgAiByAHbEEHdCIQIA1qIQ4gDSASaiIJIAYoAgRIBEAgBiAJNgIEIAogCDoAASAAKAIsQQJ0QYA8aigCAEECdEHQOmooAgAiByAHbEEHdCEQCyAJIA5qIgcgBigCCEgEQCAGIAc2AgggCiAIOgACCyAHIA5qIBBqIgcgBigCDEgEQCAGIAc2AgwgCiAIOgADCyAFIgdBAWshBSARIBJqIRIgCkEEaiEKIAZBEGohBiAAKAIsIhVBAnRBsDtqKAIAQQJ0QdA6aigCACIQIBBsQQV0IBFqIREgBw0ACyAYQQFqIhggD0cNAAsLIAFBfHEhHUEAIRUgBCEGIANBfHFBAXQhDCACQXhxIhdBAXJBBnQhCSAXQQJyQQZ0IREgF0EDckEGdCEHIBdBBHJBBnQhBSAXQQVyQQZ0IQMgF0EGckEGdCEBIAJBB3JBBnQhAANAIB4gFSAdckECdGooAgAiDiAXQQZ0aiAMaiICIAYtAABBAWo7AQAgAiAGLQABQQFqOwECIAIgBi0AAkEBajsBBCACIAYtAANBAWo7AQYgCSAOaiAMaiICIAYtAARBAWo7AQAgAiAGLQAFQQFqOwECIAIgBi0ABkEBajsBBCACIAYtAAdBAWo7AQYgDiARaiAMaiICIAYtAAhBAWo7AQAgAiAGLQAJQQFqOwECIAIgBi0ACkEBajsBBCACIAYtAAtBAWo7AQYgByAOaiAMaiICIAYtAAxBAWo7AQAgAiAGLQANQQFqOwECIAIgBi0ADkEBajsBBCACIAYtAA9BAWo7AQYgBSAOaiAMaiICIAYtABBBAWo7AQAgAiAGLQARQQFqOwECIAIgBi0AEkEBajsBBCACIAYtABNBAWo7AQYgAyAOaiAMaiICIAYtABRBAWo7AQAgAiAGLQAVQQFqOwECIAIgBi0AFkEBajsBBCACIAYtABdBAWo7AQYgASAOaiAMaiICIAYtABhBAWo7AQAgAiAGLQAZQQFqOwECIAIgBi0AGkEBajsBBCACIAYtABtBAWo7AQYgACAOaiAMaiICIAYtABxBAWo7AQAgAiAGLQAdQQFqOwECIAIgBi0AHkEBajsBBCACIAYtAB9BAWo7AQYgBkEgaiEGIBVBAWoiFUEERw0ACyAEQYALaiQAC6sFAQV/IAIgA2ohAwJAAkACQAJAIAJBDk8EQCABLQAAQcoARw0CIAEtAAFBxgBHDQIgAS0AAkHJAEcNASABLQADQcYARw0BIAEtAAQNASAAQQE2ApgCIAAgAS0ABSICOgCcAiAAIAEtAAYiBDoAnQIgACABLQAHIgc6AJ4CIAAgAS8ACCIFQQh0IAVBCHZyIgU7AaACIAAgAS8ACiIGQQh0IAZBCHZyIgY7AaICQQEhCCACQQFHBEAgACgCACIEIAI2AhggBEH3ADYCFCAAKAIAIAAtAJ0CNgIcIABBfyAAKAIAKAIEEQMAIAAtAJwCIQggAC0AngIhByAALwGiAiEGIAAvAaACIQUgAC0AnQIhBAsgACgCACICIAc2AiggAiAGQf//A3E2AiQgAiAFQf//A3E2AiAgAiAENgIcIAIgCDYCGCACQdcANgIUIABBASACKAIEEQMAIAEtAA0iAiABLQAMIgRyBEAgACgCACICQdoANgIUIAIgAS0ADDYCGCAAKAIAIAEtAA02AhwgAEEBIAAoAgAoAgQRAwAgAS0ADCEEIAEtAA0hAgsgA0EOayIBIAQgAkH/AXFsQQNsRg0EIAAoAgAiAiABNgIYIAJB2AA2AhQMAwsgAkEGSQ0BIAEtAABBygBHDQEgAS0AAUHGAEcNAQsgAS0AAkHYAEcNACABLQADQdgARw0AIAEtAAQNACAAKAIAIQICQAJAAkACQCABLQAFQRBrDgQAAQMCAwsgAiADNgIYIAJB7AA2AhQMBAsgAiADNgIYIAJB7QA2AhQMAwsgAiADNgIYIAJB7gA2AhQMAgsgAkHZADYCFCACIAEtAAU2AhggACgCACADNgIcDAELIAAoAgAiASADNgIYIAFBzQA2AhQLIABBASAAKAIAKAIEEQMACwucAQEDfyMAQRBrIgUkACAFIAI2AgwjAEGQAWsiAyQAIANB0M8AQZABEBwiAyAANgIsIAMgADYCFCADQf////8HQX4gAGsiBCAEQf////8HTxsiBDYCMCADIAAgBGoiBDYCHCADIAQ2AhAgAyABIAIQVSAAQX5HBEAgAygCFCIAIAAgAygCEEZrQQA6AAALIANBkAFqJAAgBUEQaiQACzIBAn8gAEGY2QA2AgAgACgCBEEMayIBIAEoAghBAWsiAjYCCCACQQBIBEAgARAiCyAAC7QLAQZ/IAAgAWohBQJAAkAgACgCBCICQQFxDQAgAkECcUUNASAAKAIAIgIgAWohAQJAAkACQCAAIAJrIgBByNwAKAIARwRAIAAoAgwhAyACQf8BTQRAIAJBA3YhAiAAKAIIIgQgA0cNAkG03ABBtNwAKAIAQX4gAndxNgIADAULIAAoAhghBiAAIANHBEBBxNwAKAIAGiAAKAIIIgIgAzYCDCADIAI2AggMBAsgACgCFCIEBH8gAEEUagUgACgCECIERQ0DIABBEGoLIQIDQCACIQcgBCIDQRRqIQIgAygCFCIEDQAgA0EQaiECIAMoAhAiBA0ACyAHQQA2AgAMAwsgBSgCBCICQQNxQQNHDQNBvNwAIAE2AgAgBSACQX5xNgIEIAAgAUEBcjYCBCAFIAE2AgAPCyAEIAM2AgwgAyAENgIIDAILQQAhAwsgBkUNAAJAIAAoAhwiAkECdEHk3gBqIgQoAgAgAEYEQCAEIAM2AgAgAw0BQbjcAEG43AAoAgBBfiACd3E2AgAMAgsgBkEQQRQgBigCECAARhtqIAM2AgAgA0UNAQsgAyAGNgIYIAAoAhAiAgRAIAMgAjYCECACIAM2AhgLIAAoAhQiAkUNACADIAI2AhQgAiADNgIYCwJAAkACQAJAIAUoAgQiAkECcUUEQEHM3AAoAgAgBUYEQEHM3AAgADYCAEHA3ABBwNwAKAIAIAFqIgE2AgAgACABQQFyNgIEIABByNwAKAIARw0GQbzcAEEANgIAQcjcAEEANgIADwtByNwAKAIAIAVGBEBByNwAIAA2AgBBvNwAQbzcACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgAPCyACQXhxIAFqIQEgBSgCDCEDIAJB/wFNBEAgAkEDdiECIAUoAggiBCADRgRAQbTcAEG03AAoAgBBfiACd3E2AgAMBQsgBCADNgIMIAMgBDYCCAwECyAFKAIYIQYgAyAFRwRAQcTcACgCABogBSgCCCICIAM2AgwgAyACNgIIDAMLIAUoAhQiBAR/IAVBFGoFIAUoAhAiBEUNAiAFQRBqCyECA0AgAiEHIAQiA0EUaiECIAMoAhQiBA0AIANBEGohAiADKAIQIgQNAAsgB0EANgIADAILIAUgAkF+cTYCBCAAIAFBAXI2AgQgACABaiABNgIADAMLQQAhAwsgBkUNAAJAIAUoAhwiAkECdEHk3gBqIgQoAgAgBUYEQCAEIAM2AgAgAw0BQbjcAEG43AAoAgBBfiACd3E2AgAMAgsgBkEQQRQgBigCECAFRhtqIAM2AgAgA0UNAQsgAyAGNgIYIAUoAhAiAgRAIAMgAjYCECACIAM2AhgLIAUoAhQiAkUNACADIAI2AhQgAiADNgIYCyAAIAFBAXI2AgQgACABaiABNgIAIABByNwAKAIARw0AQbzcACABNgIADwsgAUH/AU0EQCABQXhxQdzcAGohAgJ/QbTcACgCACIDQQEgAUEDdnQiAXFFBEBBtNwAIAEgA3I2AgAgAgwBCyACKAIICyEBIAIgADYCCCABIAA2AgwgACACNgIMIAAgATYCCA8LQR8hAyABQf///wdNBEAgAUEmIAFBCHZnIgJrdkEBcSACQQF0a0E+aiEDCyAAIAM2AhwgAEIANwIQIANBAnRB5N4AaiECAkACQEG43AAoAgAiBEEBIAN0IgdxRQRAQbjcACAEIAdyNgIAIAIgADYCACAAIAI2AhgMAQsgAUEZIANBAXZrQQAgA0EfRxt0IQMgAigCACECA0AgAiIEKAIEQXhxIAFGDQIgA0EddiECIANBAXQhAyAEIAJBBHFqIgdBEGooAgAiAg0ACyAHIAA2AhAgACAENgIYCyAAIAA2AgwgACAANgIIDwsgBCgCCCIBIAA2AgwgBCAANgIIIABBADYCGCAAIAQ2AgwgACABNgIICwvnAQECf0Gs5wAtAABFBEACfwNAIAFB4OAAaiICLQAARQRAIAJBAToAACABQQJ0QeDhAGpBADYCAEGw5wAgATYCAEEADAILIAFBAWoiAUGAAUcNAAtBBgsEQBBJAAtBrOcAQQE6AAALAkBBrecALQAARQRAQRwhAQJAQbDnACgCACICQf8ASw0AIAJB4OAAai0AAEEBRw0AIAJBAnRB4OEAakGw5wA2AgBBACEBCyABDQFBrecAQQE6AAALQQwQHyIBRQ0AIAFBADYCBCABIAA2AgAgAUG05wAoAgA2AghBtOcAIAE2AgALC2cBA39B2AAQH0HQAGoiAUHs2gA2AgAgAUGY2QA2AgAgABBAIgJBDWoQMSIDQQA2AgggAyACNgIEIAMgAjYCACABIANBDGogACACQQFqEBw2AgQgAUHI2QA2AgAgAUHo2QBB/QAQDgALHgBBsOAAQcsrEAo2AgBBrOAAQeDlADYCAEH8ABBfCx4AQajgAEGqCBAKNgIAQaTgAEHg5QA2AgBB+wAQXwuLCAELfyAARQRAIAEQHw8LIAFBQE8EQEGw3ABBMDYCAEEADwsCf0EQIAFBC2pBeHEgAUELSRshBSAAQQhrIgQoAgQiCUF4cSEIAkAgCUEDcUUEQEEAIAVBgAJJDQIaIAVBBGogCE0EQCAEIQIgCCAFa0GU4AAoAgBBAXRNDQILQQAMAgsgBCAIaiEGAkAgBSAITQRAIAggBWsiA0EQSQ0BIAQgCUEBcSAFckECcjYCBCAEIAVqIgIgA0EDcjYCBCAGIAYoAgRBAXI2AgQgAiADEF4MAQtBzNwAKAIAIAZGBEBBwNwAKAIAIAhqIgggBU0NAiAEIAlBAXEgBXJBAnI2AgQgBCAFaiIDIAggBWsiAkEBcjYCBEHA3AAgAjYCAEHM3AAgAzYCAAwBC0HI3AAoAgAgBkYEQEG83AAoAgAgCGoiAyAFSQ0CAkAgAyAFayICQRBPBEAgBCAJQQFxIAVyQQJyNgIEIAQgBWoiCCACQQFyNgIEIAMgBGoiAyACNgIAIAMgAygCBEF+cTYCBAwBCyAEIAlBAXEgA3JBAnI2AgQgAyAEaiICIAIoAgRBAXI2AgRBACECQQAhCAtByNwAIAg2AgBBvNwAIAI2AgAMAQsgBigCBCIDQQJxDQEgA0F4cSAIaiIKIAVJDQEgCiAFayEMIAYoAgwhBwJAIANB/wFNBEAgBigCCCICIAdGBEBBtNwAQbTcACgCAEF+IANBA3Z3cTYCAAwCCyACIAc2AgwgByACNgIIDAELIAYoAhghCwJAIAYgB0cEQEHE3AAoAgAaIAYoAggiAiAHNgIMIAcgAjYCCAwBCwJAIAYoAhQiAgR/IAZBFGoFIAYoAhAiAkUNASAGQRBqCyEIA0AgCCEDIAIiB0EUaiEIIAIoAhQiAg0AIAdBEGohCCAHKAIQIgINAAsgA0EANgIADAELQQAhBwsgC0UNAAJAIAYoAhwiA0ECdEHk3gBqIgIoAgAgBkYEQCACIAc2AgAgBw0BQbjcAEG43AAoAgBBfiADd3E2AgAMAgsgC0EQQRQgCygCECAGRhtqIAc2AgAgB0UNAQsgByALNgIYIAYoAhAiAgRAIAcgAjYCECACIAc2AhgLIAYoAhQiAkUNACAHIAI2AhQgAiAHNgIYCyAMQQ9NBEAgBCAJQQFxIApyQQJyNgIEIAQgCmoiAiACKAIEQQFyNgIEDAELIAQgCUEBcSAFckECcjYCBCAEIAVqIgMgDEEDcjYCBCAEIApqIgIgAigCBEEBcjYCBCADIAwQXgsgBCECCyACCyICBEAgAkEIag8LIAEQHyIERQRAQQAPCyAEIABBfEF4IABBBGsoAgAiAkEDcRsgAkF4cWoiAiABIAEgAksbEBwaIAAQIiAEC4EIAQ9/IAAoArgCQQBKBEAgAygCACESA0AgAiAQQQJ0aiINQQRrKAIAIgMtAAEhBCANKAIAIgUtAAEhByASIA9BAnRqKAIAIgYgAy0AACAFLQAAQQNsaiIIQQJ0QQhqQQR2OgAAIAYgBCAHQQNsaiIEIAhBA2xqQQdqQQR2OgABIAZBAmohCQJAIAEoAigiEUECayIORQRAIAYhBSAEIQcgCCEEIAkhCwwBCwJ/IBFBAXFFBEAgA0ECaiEMIAkhAyAEIQcgBUECagwBCyADLQACIQcgBS0AAiELIAYgCCAEQQNsIgpqQQhqQQR2OgACIAYgCiAHIAtBA2xqIgdqQQdqQQR2OgADIBFBA2shDiADQQNqIQwgBkEEaiILIQMgBCEIIAkhBiAFQQNqCyEKIAkhBSARQQNGDQADQCAMLQAAIQQgCi0AACEFIAMgCCAHQQNsIglqQQhqQQR2OgAAIAYgCSAEIAVBA2xqIghqQQdqQQR2OgADIAwtAAEhBCAKLQABIQYgAyAHIAhBA2wiBWpBCGpBBHY6AAIgAyAFIAQgBkEDbGoiB2pBB2pBBHY6AAMgDEECaiEMIApBAmohCiADQQJqIQYgA0EEaiILIQMgBiEFIAghBCAOQQJrIg4NAAsLIAsgBCAHQQNsakEIakEEdjoAACAFIAdBAnRBB2pBBHY6AAMgDSgCBCIDLQABIQQgDSgCACIFLQABIQcgEiAPQQFyQQJ0aigCACIGIAMtAAAgBS0AAEEDbGoiCEECdEEIakEEdjoAACAGIAQgB0EDbGoiBCAIQQNsakEHakEEdjoAASAGQQJqIQkCQCABKAIoIg1BAmsiDkUEQCAGIQUgBCEHIAghBCAJIQsMAQsCfyANQQFxRQRAIANBAmohDCAJIQMgBCEHIAVBAmoMAQsgAy0AAiEHIAUtAAIhCyAGIAggBEEDbCIKakEIakEEdjoAAiAGIAogByALQQNsaiIHakEHakEEdjoAAyANQQNrIQ4gA0EDaiEMIAZBBGoiCyEDIAQhCCAJIQYgBUEDagshCiAJIQUgDUEDRg0AA0AgDC0AACEEIAotAAAhBSADIAggB0EDbCIJakEIakEEdjoAACAGIAkgBCAFQQNsaiIIakEHakEEdjoAAyAMLQABIQQgCi0AASEGIAMgByAIQQNsIgVqQQhqQQR2OgACIAMgBSAEIAZBA2xqIgdqQQdqQQR2OgADIAxBAmohDCAKQQJqIQogA0ECaiEGIANBBGoiCyEDIAYhBSAIIQQgDkECayIODQALCyALIAQgB0EDbGpBCGpBBHY6AAAgBSAHQQJ0QQdqQQR2OgADIBBBAWohECAPQQJqIg8gACgCuAJIDQALCwu5AgEJfwJAIAAoArgCIgRBAEwNACABKAIoIgZFDQAgAygCACILQQRqIQxBASEDA0AgAwR/IAIgCUECdGoiCigCACEDIAYEQCAKQQRrKAIAIQQgCyAIQQJ0aigCACEFQQAhBwNAIAUgBC0AACADLQAAQQNsakEBakECdjoAACAFQQFqIQUgBEEBaiEEIANBAWohAyAHQQFqIgcgASgCKCIGSQ0ACyAKKAIAIQMLAkAgBkUEQEEAIQYMAQsgCigCBCEEIAwgCEECdGooAgAhBUEAIQcDQCAFIAQtAAAgAy0AAEEDbGpBAWpBAnY6AAAgBUEBaiEFIARBAWohBCADQQFqIQMgB0EBaiIHIAEoAigiBkkNAAsLIAAoArgCIQQgBgVBAAshAyAJQQFqIQkgCEECaiIIIARIDQALCwuEAQEEfyAAKAK4AiIBQQBKBEAgAygCACEFA0AgACgCcCIDQQBKBEAgAyAFIARBAnQiA2ooAgAiAWohBiACIANqKAIAIQMDQCABIAMtAAAiBzoAASABIAc6AAAgA0EBaiEDIAFBAmoiASAGSQ0ACyAAKAK4AiEBCyAEQQFqIgQgAUgNAAsLC50DAQl/IAAoArgCQQBKBEAgAygCACEMA0AgDCAIQQJ0IgNqKAIAIgQgAiADaigCACIFLQAAIgM6AAAgBCAFLQABIANBA2xqQQJqQQJ2OgABIARBAmohBiAFQQFqIQMCQCABKAIoIglBAmsiCkUEQCAEIQUgBiELDAELAkAgCUEBcUUEQCAGIQcMAQsgBCAFLQABQQNsIgMgBS0AAGpBAWpBAnY6AAIgBCADIAUtAAJqQQJqQQJ2OgADIAlBA2shCiAFQQJqIQMgBEEEaiILIQcgBiEECyAGIQUgCUEDRg0AA0AgByADLQAAQQNsIgYgA0EBay0AAGpBAWpBAnY6AAAgBCAGIAMtAAFqQQJqQQJ2OgADIAcgAy0AAUEDbCIGIAMtAABqQQFqQQJ2OgACIAcgBiADLQACakECakECdjoAAyADQQJqIQMgB0ECaiEEIAdBBGoiCyEHIAQhBSAKQQJrIgoNAAsLIAsgA0EBay0AACADLQAAIgNBA2xqQQFqQQJ2OgAAIAUgAzoAAyAIQQFqIgggACgCuAJIDQALCwsJACADIAI2AgALCQAgA0EANgIACx8BAX8gACgCxAMiASAAKAK4AjYCXCABIAAoAnQ2AmALswIBBn8gACgCxAMiAygCXCIHIAAoArgCIghOBEAgACgCJEEASgRAIANBDGohCiADQeQAaiELIANBNGohDCAAKALYASEHQQAhCANAIAAgByABIAhBAnQiCWooAgAgCSALaigCACACKAIAbEECdGogCSAKaiAJIAxqKAIAEQUAIAdB1ABqIQcgCEEBaiIIIAAoAiRIDQALIAAoArgCIQgLIANBADYCXEEAIQcLIAAgA0EMaiAHIAQgBSgCACIBQQJ0aiAIIAdrIgQgAygCYCIHIAQgB0kbIgQgBiABayIBIAEgBEsbIgEgACgCyAMoAgQRBAAgBSAFKAIAIAFqNgIAIAMgAygCYCABazYCYCADIAMoAlwgAWoiATYCXCAAKAK4AiABTARAIAIgAigCAEEBajYCAAsLwAIBD38CQCAEQQBMDQAgACgCcCIJRQ0AIAAoAsQCIQYgACgCyAMiACgCFCEKIAAoAhAhCyAAKAIMIQwgACgCCCENA0AgAkECdCIAIAEoAgxqKAIAIQ4gASgCCCAAaigCACEPIAEoAgQgAGooAgAhECABKAIAIABqKAIAIREgAygCACEAQQAhBQNAIAUgEGotAAAhByAAIAYgBSARai0AAEH/AXMiCCANIAUgD2otAABBAnQiEmooAgBrai0AADoAACAAIAYgCCALIBJqKAIAIAogB0ECdCIHaigCAGpBEHVrai0AADoAASAAIAYgCCAHIAxqKAIAa2otAAA6AAIgACAFIA5qLQAAOgADIABBBGohACAFQQFqIgUgCUcNAAsgA0EEaiEDIAJBAWohAiAEQQFKIRMgBEEBayEEIBMNAAsLC7YEAQ1/IARBAEoEQCAAKALEAiEGIAAoAowBQQNxQQJ0QaA9aigCACEIIAEoAgghDCABKAIEIQ0gASgCACEOIAAoAnAhCgNAIAwgAkECdCIFaigCACEAIAUgDWooAgAhASAFIA5qKAIAIQUgAygCACIHQQNxBEAgByABLQAAIAYgCEH/AXEiCUEBdmpqLQAAQQN0QeAPcSAGIAlqIgkgBS0AAGotAABBCHRBgPADcXIgCSAALQAAai0AAEEDdnI7AQAgCkEBayEKIAdBAmohByABQQFqIQEgBUEBaiEFIABBAWohAAsgCkECTwRAIApBAXYhD0EAIQkDQCAHIAEtAAAgBiAIQf8BcSILQQF2amotAABBA3RB4A9xIAYgC2oiCyAFLQAAai0AAEEIdEGA8ANxciALIAAtAABqLQAAQQN2ciAGIAhBCHZB/wFxIgtqIhAgBS0AAWotAABBCHRBgPADcSABLQABIAYgC0EBdmpqLQAAQQN0QeAPcXIgECAALQABai0AAEEDdnJBEHRyNgIAIAdBBGohByAIQRB3IQggAEECaiEAIAFBAmohASAFQQJqIQUgCUEBaiIJIA9HDQALCyAKQQFxBEAgByABLQAAIAYgCEH/AXEiAUEBdmpqLQAAQQN0QeAPcSABIAZqIgEgBS0AAGotAABBCHRBgPADcXIgASAALQAAai0AAEEDdnI7AQALIANBBGohAyACQQFqIQIgBEEBSiERIARBAWshBCARDQALCwuOAwEIfyAEQQBKBEAgACgCxAIhCSAAKAKMAUEDcUECdEGgPWooAgAhBSABKAIAIQogACgCcCEGA0AgCiACQQJ0aigCACEAIAMoAgAiAUEDcQRAIAEgAC0AACAJIAVB/wFxamotAAAiB0EDdEHgD3EgB0EDdnIgB0EIdEGA8ANxcjsBACAGQQFrIQYgAUECaiEBIABBAWohAAsgBkECTwRAIAZBAXYhC0EAIQcDQCABIAAtAAAgCSAFQf8BcWpqLQAAIghBA3RB4A9xIAhBA3ZyIAhBCHRBgPADcXIgAC0AASAJIAVBCHZB/wFxamotAAAiCEEIdEGA8ANxIAhBA3RB4A9xciAIQQN2ckEQdHI2AgAgAUEEaiEBIAVBEHchBSAAQQJqIQAgB0EBaiIHIAtHDQALCyAGQQFxBEAgASAALQAAIAkgBUH/AXFqai0AACIAQQN0QeAPcSAAQQN2ciAAQQh0QYDwA3FyOwEACyADQQRqIQMgAkEBaiECIARBAUohDCAEQQFrIQQgDA0ACwsLqAYBE38gBEEASgRAIAAoAsQCIQYgACgCyAMiBSgCFCEOIAUoAhAhDyAFKAIMIRAgBSgCCCERIAAoAowBQQNxQQJ0QaA9aigCACEKIAEoAgghEyABKAIEIRQgASgCACEVIAAoAnAhCwNAIBMgAkECdCIFaigCACEAIAUgFGooAgAhASAFIBVqKAIAIQUgAygCACIHQQNxBEAgByAFLQAAIgwgBiAPIAAtAABBAnQiCWooAgAgDiABLQAAQQJ0IhJqKAIAakEQdWpqIApB/wFxIghBAXZqLQAAQQN0QeAPcSAGIAkgEWooAgBqIAxqIAhqLQAAQQh0QYDwA3FyIAYgECASaigCAGogDGogCGotAABBA3ZyOwEAIAtBAWshCyAHQQJqIQcgAUEBaiEBIAVBAWohBSAAQQFqIQALIAtBAk8EQCALQQF2IRJBACEMA0AgByAFLQAAIgggBiAPIAAtAABBAnQiDWooAgAgDiABLQAAQQJ0IhZqKAIAakEQdWpqIApB/wFxIglBAXZqLQAAQQN0QeAPcSAGIA0gEWooAgBqIAhqIAlqLQAAQQh0QYDwA3FyIAYgECAWaigCAGogCGogCWotAABBA3ZyIApBCHZB/wFxIgggBS0AASIJIAYgESAALQABQQJ0Ig1qKAIAampqLQAAQQh0QYDwA3EgBiANIA9qKAIAIA4gAS0AAUECdCINaigCAGpBEHVqIAlqIAhBAXZqLQAAQQN0QeAPcXIgBiANIBBqKAIAaiAJaiAIai0AAEEDdnJBEHRyNgIAIAdBBGohByAKQRB3IQogAEECaiEAIAFBAmohASAFQQJqIQUgDEEBaiIMIBJHDQALCyALQQFxBEAgByAFLQAAIgUgBiAPIAAtAABBAnQiB2ooAgAgDiABLQAAQQJ0IgFqKAIAakEQdWpqIApB/wFxIgBBAXZqLQAAQQN0QeAPcSAGIAcgEWooAgBqIAVqIABqLQAAQQh0QYDwA3FyIAYgASAQaigCAGogBWogAGotAABBA3ZyOwEACyADQQRqIQMgAkEBaiECIARBAUohFyAEQQFrIQQgFw0ACwsLgwMBCX8gBEEASgRAIAEoAgghCSABKAIEIQogASgCACELIAAoAnAhBwNAIAkgAkECdCIFaigCACEBIAUgCmooAgAhACAFIAtqKAIAIQUgAygCACIGQQNxBEAgBiAALQAAQQN0QeAPcSAFLQAAQQh0QYDwA3FyIAEtAABBA3ZyOwEAIAdBAWshByAGQQJqIQYgAUEBaiEBIAVBAWohBSAAQQFqIQALIAdBAk8EQCAHQQF2IQxBACEIA0AgBiAALQAAQQN0QeAPcSAFLQAAQQh0QYDwA3FyIAEtAABBA3ZyIAUtAAFBCHRBgPADcSAALQABQQN0QeAPcXIgAS0AAUEDdnJBEHRyNgIAIAZBBGohBiABQQJqIQEgAEECaiEAIAVBAmohBSAIQQFqIgggDEcNAAsLIAdBAXEEQCAGIAAtAABBA3RB4A9xIAUtAABBCHRBgPADcXIgAS0AAEEDdnI7AQALIANBBGohAyACQQFqIQIgBEEBSiENIARBAWshBCANDQALCwuzAgEGfyAEQQBKBEAgASgCACEIIAAoAnAhBQNAIAggAkECdGooAgAhASADKAIAIgBBA3EEQCAAIAEtAAAiBkEDdEHgD3EgBkEDdnIgBkEIdEGA8ANxcjsBACAFQQFrIQUgAUEBaiEBIABBAmohAAsgBUECTwRAIAVBAXYhCUEAIQYDQCAAIAEtAAAiB0EDdEHgD3EgB0EDdnIgB0EIdEGA8ANxciABLQABIgdBCHRBgPADcSAHQQN0QeAPcXIgB0EDdnJBEHRyNgIAIABBBGohACABQQJqIQEgBkEBaiIGIAlHDQALCyAFQQFxBEAgACABLQAAIgBBA3RB4A9xIABBA3ZyIABBCHRBgPADcXI7AQALIANBBGohAyACQQFqIQIgBEEBSiEKIARBAWshBCAKDQALCwvBBQERfyAEQQBKBEAgACgCxAIhBiAAKALIAyIFKAIUIQwgBSgCECENIAUoAgwhDiAFKAIIIQ8gASgCCCERIAEoAgQhEiABKAIAIRMgACgCcCEJA0AgESACQQJ0IgVqKAIAIQAgBSASaigCACEBIAUgE2ooAgAhBSADKAIAIgdBA3EEQCAHIAUtAAAiCiAGIA0gAC0AAEECdCIIaigCACAMIAEtAABBAnQiEGooAgBqQRB1amotAABBA3RB4A9xIAYgCCAPaigCAGogCmotAABBCHRBgPADcXIgBiAOIBBqKAIAaiAKai0AAEEDdnI7AQAgCUEBayEJIAdBAmohByABQQFqIQEgBUEBaiEFIABBAWohAAsgCUECTwRAIAlBAXYhEEEAIQoDQCAHIAUtAAAiCCAGIA0gAC0AAEECdCILaigCACAMIAEtAABBAnQiFGooAgBqQRB1amotAABBA3RB4A9xIAYgCyAPaigCAGogCGotAABBCHRBgPADcXIgBiAOIBRqKAIAaiAIai0AAEEDdnIgBS0AASIIIAYgDyAALQABQQJ0IgtqKAIAamotAABBCHRBgPADcSAGIAsgDWooAgAgDCABLQABQQJ0IgtqKAIAakEQdWogCGotAABBA3RB4A9xciAGIAsgDmooAgBqIAhqLQAAQQN2ckEQdHI2AgAgB0EEaiEHIABBAmohACABQQJqIQEgBUECaiEFIApBAWoiCiAQRw0ACwsgCUEBcQRAIAcgBS0AACIFIAYgDSAALQAAQQJ0IgBqKAIAIAwgAS0AAEECdCIBaigCAGpBEHVqai0AAEEDdEHgD3EgBiAAIA9qKAIAaiAFai0AAEEIdEGA8ANxciAGIAEgDmooAgBqIAVqLQAAQQN2cjsBAAsgA0EEaiEDIAJBAWohAiAEQQFKIRUgBEEBayEEIBUNAAsLC/wQAQl/AkACQAJAAkACQAJAAkACQCAAKAIsQQZrDgoABgUEAwIGBAMCAQsgBEEATA0GIAAoAnAiB0F+cSELIAdBAXEhDANAIAQhCgJAIAdFDQAgAkECdCIAIAEoAghqKAIAIQQgASgCBCAAaigCACEIIAEoAgAgAGooAgAhCSADKAIAIQBBACEFIAdBAUcEQANAIAAgBSAJai0AADoAACAAIAUgCGotAAA6AAEgACAEIAVqLQAAOgACIAAgCSAFQQFyIgZqLQAAOgADIAAgBiAIai0AADoABCAAIAQgBmotAAA6AAUgAEEGaiEAIAVBAmoiBSALRw0ACyAMRQ0BCyAAIAUgCWotAAA6AAAgACAFIAhqLQAAOgABIAAgBCAFai0AADoAAgsgA0EEaiEDIAJBAWohAiAKQQFrIQQgCkECTg0ACwwGCyAEQQBMDQUgACgCcCIHQX5xIQsgB0EBcSEMA0AgBCEKAkAgB0UNACACQQJ0IgAgASgCCGooAgAhBCABKAIEIABqKAIAIQggASgCACAAaigCACEJIAMoAgAhAEEAIQUgB0EBRwRAA0AgACAFIAlqLQAAOgAAIAAgBSAIai0AADoAASAAIAQgBWotAAA6AAIgACAJIAVBAXIiBmotAAA6AAMgACAGIAhqLQAAOgAEIAAgBCAGai0AADoABSAAQQZqIQAgBUECaiIFIAtHDQALIAxFDQELIAAgBSAJai0AADoAACAAIAUgCGotAAA6AAEgACAEIAVqLQAAOgACCyADQQRqIQMgAkEBaiECIApBAWshBCAKQQJODQALDAULIARBAEwNBCAAKAJwIgpFDQQgCkF+cSELIApBAXEhDANAIAJBAnQiACABKAIIaigCACEHIAEoAgQgAGooAgAhCCABKAIAIABqKAIAIQkgAygCACEAQQAhBQJAIApBAUcEQANAIAAgBSAJai0AADoAASAAIAUgCGotAAA6AAIgBSAHai0AACEGIABB/wE6AAAgACAGOgADIAAgCSAFQQFyIgZqLQAAOgAFIAAgBiAIai0AADoABiAGIAdqLQAAIQYgAEH/AToABCAAIAY6AAcgAEEIaiEAIAVBAmoiBSALRw0ACyAMRQ0BCyAAIAUgCWotAAA6AAEgACAFIAhqLQAAOgACIAUgB2otAAAhBSAAQf8BOgAAIAAgBToAAwsgAkEBaiECIANBBGohAyAEQQFKIQ0gBEEBayEEIA0NAAsMBAsgBEEATA0DIAAoAnAiB0F+cSELIAdBAXEhDANAIAQhCgJAIAdFDQAgAkECdCIAIAEoAghqKAIAIQQgASgCBCAAaigCACEIIAEoAgAgAGooAgAhCSADKAIAIQBBACEFIAdBAUcEQANAIAAgBSAJai0AADoAAyAAIAUgCGotAAA6AAIgBCAFai0AACEGIABB/wE6AAAgACAGOgABIAAgCSAFQQFyIgZqLQAAOgAHIAAgBiAIai0AADoABiAEIAZqLQAAIQYgAEH/AToABCAAIAY6AAUgAEEIaiEAIAVBAmoiBSALRw0ACyAMRQ0BCyAAIAUgCWotAAA6AAMgACAFIAhqLQAAOgACIAQgBWotAAAhBCAAQf8BOgAAIAAgBDoAAQsgA0EEaiEDIAJBAWohAiAKQQFrIQQgCkECTg0ACwwDCyAEQQBMDQIgACgCcCIHQX5xIQsgB0EBcSEMA0AgBCEKAkAgB0UNACACQQJ0IgAgASgCCGooAgAhBCABKAIEIABqKAIAIQggASgCACAAaigCACEJIAMoAgAhAEEAIQUgB0EBRwRAA0AgACAFIAlqLQAAOgACIAAgBSAIai0AADoAASAEIAVqLQAAIQYgAEH/AToAAyAAIAY6AAAgACAJIAVBAXIiBmotAAA6AAYgACAGIAhqLQAAOgAFIAQgBmotAAAhBiAAQf8BOgAHIAAgBjoABCAAQQhqIQAgBUECaiIFIAtHDQALIAxFDQELIAAgBSAJai0AADoAAiAAIAUgCGotAAA6AAEgBCAFai0AACEEIABB/wE6AAMgACAEOgAACyADQQRqIQMgAkEBaiECIApBAWshBCAKQQJODQALDAILIARBAEwNASAAKAJwIgdBfnEhCyAHQQFxIQwDQCAEIQoCQCAHRQ0AIAJBAnQiACABKAIIaigCACEEIAEoAgQgAGooAgAhCCABKAIAIABqKAIAIQkgAygCACEAQQAhBSAHQQFHBEADQCAAIAUgCWotAAA6AAIgACAFIAhqLQAAOgABIAAgBCAFai0AADoAACAAIAkgBUEBciIGai0AADoABSAAIAYgCGotAAA6AAQgACAEIAZqLQAAOgADIABBBmohACAFQQJqIgUgC0cNAAsgDEUNAQsgACAFIAlqLQAAOgACIAAgBSAIai0AADoAASAAIAQgBWotAAA6AAALIANBBGohAyACQQFqIQIgCkEBayEEIApBAk4NAAsMAQsgBEEATA0AIAAoAnAiB0F+cSELIAdBAXEhDANAIAQhCgJAIAdFDQAgAkECdCIAIAEoAghqKAIAIQQgASgCBCAAaigCACEIIAEoAgAgAGooAgAhCSADKAIAIQBBACEFIAdBAUcEQANAIAAgBSAJai0AADoAACAAIAUgCGotAAA6AAEgBCAFai0AACEGIABB/wE6AAMgACAGOgACIAAgCSAFQQFyIgZqLQAAOgAEIAAgBiAIai0AADoABSAEIAZqLQAAIQYgAEH/AToAByAAIAY6AAYgAEEIaiEAIAVBAmoiBSALRw0ACyAMRQ0BCyAAIAUgCWotAAA6AAAgACAFIAhqLQAAOgABIAQgBWotAAAhBCAAQf8BOgADIAAgBDoAAgsgA0EEaiEDIAJBAWohAiAKQQFrIQQgCkECTg0ACwsLogcBDH8gACgCcCEGAkACQAJAAkAgACgCJCIHQQNrDgIBAAILIARBAEwNAiAGRQ0CIAZBfnEhDCAGQQFxIQ0DQCACQQJ0IgAgASgCDGooAgAhByABKAIIIABqKAIAIQggASgCBCAAaigCACEJIAEoAgAgAGooAgAhCiADKAIAIQBBACEFAkAgBkEBRwRAA0AgACAFIApqLQAAOgAAIAAgBSAJai0AADoAASAAIAUgCGotAAA6AAIgACAFIAdqLQAAOgADIAAgCiAFQQFyIgtqLQAAOgAEIAAgCSALai0AADoABSAAIAggC2otAAA6AAYgACAHIAtqLQAAOgAHIABBCGohACAFQQJqIgUgDEcNAAsgDUUNAQsgACAFIApqLQAAOgAAIAAgBSAJai0AADoAASAAIAUgCGotAAA6AAIgACAFIAdqLQAAOgADCyACQQFqIQIgA0EEaiEDIARBAUohDiAEQQFrIQQgDg0ACwwCCyAEQQBMDQEgBkUNASAGQX5xIQsgBkEBcSEMA0AgAkECdCIAIAEoAghqKAIAIQcgASgCBCAAaigCACEIIAEoAgAgAGooAgAhCSADKAIAIQBBACEFAkAgBkEBRwRAA0AgACAFIAlqLQAAOgAAIAAgBSAIai0AADoAASAAIAUgB2otAAA6AAIgACAJIAVBAXIiCmotAAA6AAMgACAIIApqLQAAOgAEIAAgByAKai0AADoABSAAQQZqIQAgBUECaiIFIAtHDQALIAxFDQELIAAgBSAJai0AADoAACAAIAUgCGotAAA6AAEgACAFIAdqLQAAOgACCyACQQFqIQIgA0EEaiEDIARBAUohDyAEQQFrIQQgDw0ACwwBCyAEQQBMDQAgB0EATA0AIAZFDQAgBkF8cSELIAZBA3EhCSAGQQFrQQNJIQwDQEEAIQYDQCABIAZBAnRqKAIAIAJBAnRqKAIAIQogAygCACEAQQAhBSAMRQRAA0AgACAGaiAFIApqIggtAAA6AAAgACAHaiIAIAZqIAgtAAE6AAAgACAHaiIAIAZqIAgtAAI6AAAgACAHaiIAIAZqIAgtAAM6AAAgACAHaiEAIAVBBGoiBSALRw0ACwtBACEIIAkEQANAIAAgBmogBSAKai0AADoAACAFQQFqIQUgACAHaiEAIAhBAWoiCCAJRw0ACwsgBkEBaiIGIAdHDQALIAJBAWohAiADQQRqIQMgBEEBSiEQIARBAWshBCAQDQALCwvCEgENfwJAAkACQAJAAkACQAJAAkAgACgCLEEGaw4KAAYFBAMCBgQDAgELIARBAEwNBiAAKAJwIghBfHEhDCAIQQNxIQoDQCAEIQUCQCAIRQ0AIAEoAgAgAkECdGooAgAhByADKAIAIQBBACELQQAhBiAIQQRPBEADQCAAIAYgB2oiBC0AACIJOgABIAAgCToAAiAAIAk6AAAgACAELQABIgk6AAQgACAJOgAFIAAgCToAAyAAIAQtAAIiCToAByAAIAk6AAggACAJOgAGIAAgBC0AAyIEOgAKIAAgBDoACyAAIAQ6AAkgAEEMaiEAIAZBBGoiBiAMRw0ACwsgCkUNAANAIAAgBiAHai0AACIEOgABIAAgBDoAAiAAIAQ6AAAgBkEBaiEGIABBA2ohACALQQFqIgsgCkcNAAsLIANBBGohAyACQQFqIQIgBUEBayEEIAVBAk4NAAsMBgsgBEEATA0FIAAoAnAiCEF8cSEMIAhBA3EhCgNAIAQhBQJAIAhFDQAgASgCACACQQJ0aigCACEHIAMoAgAhAEEAIQtBACEGIAhBBE8EQANAIAAgBiAHaiIELQAAIgk6AAEgACAJOgACIAAgCToAACAAIAQtAAEiCToABCAAIAk6AAUgACAJOgADIAAgBC0AAiIJOgAHIAAgCToACCAAIAk6AAYgACAELQADIgQ6AAogACAEOgALIAAgBDoACSAAQQxqIQAgBkEEaiIGIAxHDQALCyAKRQ0AA0AgACAGIAdqLQAAIgQ6AAEgACAEOgACIAAgBDoAACAGQQFqIQYgAEEDaiEAIAtBAWoiCyAKRw0ACwsgA0EEaiEDIAJBAWohAiAFQQFrIQQgBUECTg0ACwwFCyAEQQBMDQQgACgCcCIARQ0EIABBfHEhCSAAQQNxIQggAEEBa0EDSSEMA0AgASgCACACQQJ0aigCACEKIAMoAgAhAEEAIQtBACEGIAxFBEADQCAAIAYgCmoiBS0AACIHOgACIAAgBzoAAyAAIAc6AAEgAEH/AToAACAAIAUtAAEiBzoABiAAIAc6AAcgACAHOgAFIABB/wE6AAQgACAFLQACIgc6AAogACAHOgALIAAgBzoACSAAQf8BOgAIIAAgBS0AAyIFOgAOIAAgBToADyAAIAU6AA0gAEH/AToADCAAQRBqIQAgBkEEaiIGIAlHDQALCyAIBEADQCAAIAYgCmotAAAiBToAAiAAIAU6AAMgACAFOgABIABB/wE6AAAgBkEBaiEGIABBBGohACALQQFqIgsgCEcNAAsLIANBBGohAyACQQFqIQIgBEEBSiENIARBAWshBCANDQALDAQLIARBAEwNAyAAKAJwIgBFDQMgAEF8cSEJIABBA3EhCCAAQQFrQQNJIQwDQCABKAIAIAJBAnRqKAIAIQogAygCACEAQQAhC0EAIQYgDEUEQANAIAAgBiAKaiIFLQAAIgc6AAMgACAHOgACIAAgBzoAASAAQf8BOgAAIAAgBS0AASIHOgAHIAAgBzoABiAAIAc6AAUgAEH/AToABCAAIAUtAAIiBzoACyAAIAc6AAogACAHOgAJIABB/wE6AAggACAFLQADIgU6AA8gACAFOgAOIAAgBToADSAAQf8BOgAMIABBEGohACAGQQRqIgYgCUcNAAsLIAgEQANAIAAgBiAKai0AACIFOgADIAAgBToAAiAAIAU6AAEgAEH/AToAACAGQQFqIQYgAEEEaiEAIAtBAWoiCyAIRw0ACwsgA0EEaiEDIAJBAWohAiAEQQFKIQ4gBEEBayEEIA4NAAsMAwsgBEEATA0CIAAoAnAiAEUNAiAAQXxxIQkgAEEDcSEKIABBAWtBA0khDANAIAEoAgAgAkECdGooAgAhByADKAIAIQBBACELQQAhBiAMRQRAA0AgBiAHaiIFLQAAIQggAEH/AToAAyAAIAg6AAIgACAIOgABIAAgCDoAACAFLQABIQggAEH/AToAByAAIAg6AAYgACAIOgAFIAAgCDoABCAFLQACIQggAEH/AToACyAAIAg6AAogACAIOgAJIAAgCDoACCAFLQADIQUgAEH/AToADyAAIAU6AA4gACAFOgANIAAgBToADCAAQRBqIQAgBkEEaiIGIAlHDQALCyAKBEADQCAGIAdqLQAAIQUgAEH/AToAAyAAIAU6AAIgACAFOgABIAAgBToAACAGQQFqIQYgAEEEaiEAIAtBAWoiCyAKRw0ACwsgA0EEaiEDIAJBAWohAiAEQQFKIQ8gBEEBayEEIA8NAAsMAgsgBEEATA0BIAAoAnAiAEUNASAAQXxxIQkgAEEDcSEIIABBAWtBA0khDANAIAEoAgAgAkECdGooAgAhCiADKAIAIQBBACELQQAhBiAMRQRAA0AgACAGIApqIgUtAAAiBzoAAiAAIAc6AAEgACAHOgAAIAAgBS0AASIHOgAFIAAgBzoABCAAIAc6AAMgACAFLQACIgc6AAggACAHOgAHIAAgBzoABiAAIAUtAAMiBToACyAAIAU6AAogACAFOgAJIABBDGohACAGQQRqIgYgCUcNAAsLIAgEQANAIAAgBiAKai0AACIFOgACIAAgBToAASAAIAU6AAAgBkEBaiEGIABBA2ohACALQQFqIgsgCEcNAAsLIANBBGohAyACQQFqIQIgBEEBSiEQIARBAWshBCAQDQALDAELIARBAEwNACAAKAJwIgBFDQAgAEF8cSEJIABBA3EhCCAAQQFrQQNJIQwDQCABKAIAIAJBAnRqKAIAIQogAygCACEAQQAhC0EAIQYgDEUEQANAIAAgBiAKaiIFLQAAIgc6AAEgACAHOgACIABB/wE6AAMgACAHOgAAIAAgBS0AASIHOgAFIAAgBzoABiAAQf8BOgAHIAAgBzoABCAAIAUtAAIiBzoACSAAIAc6AAogAEH/AToACyAAIAc6AAggACAFLQADIgU6AA0gACAFOgAOIABB/wE6AA8gACAFOgAMIABBEGohACAGQQRqIgYgCUcNAAsLIAgEQANAIAAgBiAKai0AACIFOgABIAAgBToAAiAAQf8BOgADIAAgBToAACAGQQFqIQYgAEEEaiEAIAtBAWoiCyAIRw0ACwsgA0EEaiEDIAJBAWohAiAEQQFKIREgBEEBayEEIBENAAsLC6oQAQ5/AkACQAJAAkACQAJAAkACQCAAKAIsQQZrDgoABgUEAwIGBAMCAQsgBEEATA0GIAAoAsQCIQYgACgCcCEJIAAoAsgDIgAoAhQhCiAAKAIQIQsgACgCDCEMIAAoAgghDQNAIAkEQCACQQJ0IgAgASgCCGooAgAhDiABKAIEIABqKAIAIQ8gASgCACAAaigCACEQIAMoAgAhAEEAIQUDQCAFIA9qLQAAIQcgACAFIBBqLQAAIgggBiANIAUgDmotAABBAnQiEWooAgBqai0AADoAACAAIAggBiALIBFqKAIAIAogB0ECdCIHaigCAGpBEHVqai0AADoAASAAIAggBiAHIAxqKAIAamotAAA6AAIgAEEDaiEAIAVBAWoiBSAJRw0ACwsgA0EEaiEDIAJBAWohAiAEIgBBAWshBCAAQQJODQALDAYLIARBAEwNBSAAKALEAiEGIAAoAnAhCSAAKALIAyIAKAIUIQogACgCECELIAAoAgwhDCAAKAIIIQ0DQCAJBEAgAkECdCIAIAEoAghqKAIAIQ4gASgCBCAAaigCACEPIAEoAgAgAGooAgAhECADKAIAIQBBACEFA0AgBSAPai0AACEHIAAgBSAQai0AACIIIAYgDSAFIA5qLQAAQQJ0IhFqKAIAamotAAA6AAAgACAIIAYgCyARaigCACAKIAdBAnQiB2ooAgBqQRB1amotAAA6AAEgACAIIAYgByAMaigCAGpqLQAAOgACIABBA2ohACAFQQFqIgUgCUcNAAsLIANBBGohAyACQQFqIQIgBCIAQQFrIQQgAEECTg0ACwwFCyAEQQBMDQQgACgCcCIIRQ0EIAAoAsQCIQYgACgCyAMiACgCFCEKIAAoAhAhCyAAKAIMIQwgACgCCCENA0AgAkECdCIAIAEoAghqKAIAIQ4gASgCBCAAaigCACEPIAEoAgAgAGooAgAhECADKAIAIQBBACEFA0AgBSAPai0AACEHIAAgBSAQai0AACIJIAYgDSAFIA5qLQAAQQJ0IhFqKAIAamotAAA6AAEgACAJIAYgCyARaigCACAKIAdBAnQiB2ooAgBqQRB1amotAAA6AAIgCSAGIAcgDGooAgBqai0AACEJIABB/wE6AAAgACAJOgADIABBBGohACAFQQFqIgUgCEcNAAsgA0EEaiEDIAJBAWohAiAEQQFKIRIgBEEBayEEIBINAAsMBAsgBEEATA0DIAAoAsQCIQYgACgCcCEJIAAoAsgDIgAoAhQhCiAAKAIQIQsgACgCDCEMIAAoAgghDQNAIAkEQCACQQJ0IgAgASgCCGooAgAhDiABKAIEIABqKAIAIQ8gASgCACAAaigCACEQIAMoAgAhAEEAIQUDQCAFIA9qLQAAIQcgACAFIBBqLQAAIgggBiANIAUgDmotAABBAnQiEWooAgBqai0AADoAAyAAIAggBiALIBFqKAIAIAogB0ECdCIHaigCAGpBEHVqai0AADoAAiAIIAYgByAMaigCAGpqLQAAIQggAEH/AToAACAAIAg6AAEgAEEEaiEAIAVBAWoiBSAJRw0ACwsgA0EEaiEDIAJBAWohAiAEIgBBAWshBCAAQQJODQALDAMLIARBAEwNAiAAKALEAiEGIAAoAnAhCSAAKALIAyIAKAIUIQogACgCECELIAAoAgwhDCAAKAIIIQ0DQCAJBEAgAkECdCIAIAEoAghqKAIAIQ4gASgCBCAAaigCACEPIAEoAgAgAGooAgAhECADKAIAIQBBACEFA0AgBSAPai0AACEHIAAgBSAQai0AACIIIAYgDSAFIA5qLQAAQQJ0IhFqKAIAamotAAA6AAIgACAIIAYgCyARaigCACAKIAdBAnQiB2ooAgBqQRB1amotAAA6AAEgCCAGIAcgDGooAgBqai0AACEIIABB/wE6AAMgACAIOgAAIABBBGohACAFQQFqIgUgCUcNAAsLIANBBGohAyACQQFqIQIgBCIAQQFrIQQgAEECTg0ACwwCCyAEQQBMDQEgACgCxAIhBiAAKAJwIQkgACgCyAMiACgCFCEKIAAoAhAhCyAAKAIMIQwgACgCCCENA0AgCQRAIAJBAnQiACABKAIIaigCACEOIAEoAgQgAGooAgAhDyABKAIAIABqKAIAIRAgAygCACEAQQAhBQNAIAUgD2otAAAhByAAIAUgEGotAAAiCCAGIA0gBSAOai0AAEECdCIRaigCAGpqLQAAOgACIAAgCCAGIAsgEWooAgAgCiAHQQJ0IgdqKAIAakEQdWpqLQAAOgABIAAgCCAGIAcgDGooAgBqai0AADoAACAAQQNqIQAgBUEBaiIFIAlHDQALCyADQQRqIQMgAkEBaiECIAQiAEEBayEEIABBAk4NAAsMAQsgBEEATA0AIAAoAsQCIQYgACgCcCEJIAAoAsgDIgAoAhQhCiAAKAIQIQsgACgCDCEMIAAoAgghDQNAIAkEQCACQQJ0IgAgASgCCGooAgAhDiABKAIEIABqKAIAIQ8gASgCACAAaigCACEQIAMoAgAhAEEAIQUDQCAFIA9qLQAAIQcgACAFIBBqLQAAIgggBiANIAUgDmotAABBAnQiEWooAgBqai0AADoAACAAIAggBiALIBFqKAIAIAogB0ECdCIHaigCAGpBEHVqai0AADoAASAIIAYgByAMaigCAGpqLQAAIQggAEH/AToAAyAAIAg6AAIgAEEEaiEAIAVBAWoiBSAJRw0ACwsgA0EEaiEDIAJBAWohAiAEIgBBAWshBCAAQQJODQALCwvUAQEHfwJAIARBAEwNACAAKAJwIgZFDQAgACgCyAMoAhghBQNAIAJBAnQiACABKAIIaigCACEHIAEoAgQgAGooAgAhCCABKAIAIABqKAIAIQkgAygCACEKQQAhAANAIAAgCmogBSAAIAdqLQAAQQJ0akGAEGooAgAgBSAAIAhqLQAAQQJ0akGACGooAgAgBSAAIAlqLQAAQQJ0aigCAGpqQRB2OgAAIABBAWoiACAGRw0ACyADQQRqIQMgAkEBaiECIARBAUohCyAEQQFrIQQgCw0ACwsL2gEBA38CQCAEQQBMDQAgACgCcCEFIAEoAgAgAkECdGohAAJAIARBA3EiBkUEQCAEIQIMAQsgBEH8////B3EhAkEAIQEDQCADKAIAIAAoAgAgBRAcGiADQQRqIQMgAEEEaiEAIAFBAWoiASAGRw0ACwsgBEEESQ0AA0AgAygCACAAKAIAIAUQHBogAygCBCAAKAIEIAUQHBogAygCCCAAKAIIIAUQHBogAygCDCAAKAIMIAUQHBogA0EQaiEDIABBEGohACACQQVrIQcgAkEEayECIAdBfkkNAAsLC8cDAQ5/IAJBAnQiAiABKAIIaigCACEGIAEoAgQgAmooAgAhByABKAIAIAJqKAIAIQEgAygCACECIAAoAsQCIQMgACgCxAMiBCgCHCEKIAQoAhghCyAEKAIUIQwgBCgCECEEIAAoAnAiAEECTwRAIABBAXYhDQNAIAMgCyAGLQAAQQJ0IghqKAIAIAogBy0AAEECdCIJaigCAGpBEHVqIg4gAS0AACIFai0AACEPIAMgCSAMaigCAGoiCSAFai0AACEQIAMgBCAIaigCAGoiCCAFai0AACERIAIgDiABLQABIgVqLQAAQQN0QeAPcSAFIAhqLQAAQQh0QYDwA3FyIAUgCWotAABBA3ZyOwECIAIgD0EDdEHgD3EgEUEIdEGA8ANxciAQQQN2cjsBACACQQRqIQIgAUECaiEBIAZBAWohBiAHQQFqIQcgDUEBayINDQALCyAAQQFxBEAgAiABLQAAIgAgAyALIAYtAABBAnQiAWooAgAgCiAHLQAAQQJ0IgJqKAIAakEQdWpqLQAAQQN0QeAPcSADIAEgBGooAgBqIABqLQAAQQh0QYDwA3FyIAMgAiAMaigCAGogAGotAABBA3ZyOwEACwucBAEQfyACQQJ0IgIgASgCCGooAgAhBCABKAIEIAJqKAIAIQkgASgCACACaigCACEBIAAoAowBQQNxQQJ0QaA9aigCACECIAMoAgAhAyAAKALEAiEFIAAoAsQDIgYoAhwhDCAGKAIYIQ0gBigCFCEOIAYoAhAhBiAAKAJwIgBBAk8EQCAAQQF2IQ8DQCACQf8BcSIHIAUgDiAJLQAAQQJ0IgpqKAIAaiIQIAEtAAAiCGpqLQAAIREgBSANIAQtAABBAnQiC2ooAgAgCiAMaigCAGpBEHVqIgogCGogB0EBdmotAAAhEiAFIAYgC2ooAgBqIgsgCGogB2otAAAhEyADIAogAS0AASIHaiACQQh2Qf8BcSIIQQF2ai0AAEEDdEHgD3EgByALaiAIai0AAEEIdEGA8ANxciAHIBBqIAhqLQAAQQN2cjsBAiADIBJBA3RB4A9xIBNBCHRBgPADcXIgEUEDdnI7AQAgA0EEaiEDIAJBEHchAiABQQJqIQEgBEEBaiEEIAlBAWohCSAPQQFrIg8NAAsLIABBAXEEQCADIAEtAAAiACAFIA0gBC0AAEECdCIDaigCACAMIAktAABBAnQiBGooAgBqQRB1amogAkH/AXEiAUEBdmotAABBA3RB4A9xIAUgAyAGaigCAGogAGogAWotAABBCHRBgPADcXIgBSAEIA5qKAIAaiAAaiABai0AAEEDdnI7AQALCzwAIAAgASACKAIAIAQgBSgCAEECdGogACgCxAMoAgwRBQAgBSAFKAIAQQFqNgIAIAIgAigCAEEBajYCAAvIGQEMfwJAAkACQAJAAkACQAJAAkAgACgCLEEGaw4KAAECAwQFAQMEBQYLIAJBAnQiAiABKAIIaigCACEFIAEoAgQgAmooAgAhBiABKAIAIAJqKAIAIQIgAygCACEBIAAoAsQCIQcgACgCxAMiAygCHCEIIAMoAhghDCADKAIUIQ0gAygCECEOIAAoAnAiA0ECTwR/IANBAXYhAwNAIA0gBi0AAEECdCIEaigCACEJIAwgBS0AAEECdCIKaigCACELIAQgCGooAgAhDyABIAcgCiAOaigCAGoiCiACLQAAIgRqLQAAOgAAIAEgBCAHIAsgD2pBEHVqIgtqLQAAOgABIAEgBCAHIAlqIglqLQAAOgACIAEgCiACLQABIgRqLQAAOgADIAEgBCALai0AADoABCABIAQgCWotAAA6AAUgAUEGaiEBIAJBAmohAiAFQQFqIQUgBkEBaiEGIANBAWsiAw0ACyAAKAJwBSADC0EBcUUNBiANIAYtAABBAnQiAGooAgAhAyAMIAUtAABBAnQiBWooAgAhBiAAIAhqKAIAIQggASACLQAAIgAgByAFIA5qKAIAamotAAA6AAAgASAAIAcgBiAIakEQdWpqLQAAOgABIAEgACADIAdqai0AADoAAg8LIAJBAnQiAiABKAIIaigCACEFIAEoAgQgAmooAgAhBiABKAIAIAJqKAIAIQIgAygCACEBIAAoAsQCIQcgACgCxAMiAygCHCEIIAMoAhghDCADKAIUIQ0gAygCECEOIAAoAnAiA0ECTwR/IANBAXYhAwNAIA0gBi0AAEECdCIEaigCACEJIAwgBS0AAEECdCIKaigCACELIAQgCGooAgAhDyABIAcgCiAOaigCAGoiCiACLQAAIgRqLQAAOgAAIAEgBCAHIAsgD2pBEHVqIgtqLQAAOgABIAQgByAJaiIJai0AACEEIAFB/wE6AAMgASAEOgACIAEgCiACLQABIgRqLQAAOgAEIAEgBCALai0AADoABSAEIAlqLQAAIQQgAUH/AToAByABIAQ6AAYgAUEIaiEBIAJBAmohAiAFQQFqIQUgBkEBaiEGIANBAWsiAw0ACyAAKAJwBSADC0EBcUUNBSANIAYtAABBAnQiAGooAgAhAyAMIAUtAABBAnQiBWooAgAhBiAAIAhqKAIAIQggASACLQAAIgAgByAFIA5qKAIAamotAAA6AAAgASAAIAcgBiAIakEQdWpqLQAAOgABIAAgAyAHamotAAAhACABQf8BOgADIAEgADoAAg8LIAJBAnQiAiABKAIIaigCACEFIAEoAgQgAmooAgAhBiABKAIAIAJqKAIAIQIgAygCACEBIAAoAsQCIQcgACgCxAMiAygCHCEIIAMoAhghDCADKAIUIQ0gAygCECEOIAAoAnAiA0ECTwR/IANBAXYhAwNAIA0gBi0AAEECdCIEaigCACEJIAwgBS0AAEECdCIKaigCACELIAQgCGooAgAhDyABIAcgCiAOaigCAGoiCiACLQAAIgRqLQAAOgACIAEgBCAHIAsgD2pBEHVqIgtqLQAAOgABIAEgBCAHIAlqIglqLQAAOgAAIAEgCiACLQABIgRqLQAAOgAFIAEgBCALai0AADoABCABIAQgCWotAAA6AAMgAUEGaiEBIAJBAmohAiAFQQFqIQUgBkEBaiEGIANBAWsiAw0ACyAAKAJwBSADC0EBcUUNBCANIAYtAABBAnQiAGooAgAhAyAMIAUtAABBAnQiBWooAgAhBiAAIAhqKAIAIQggASACLQAAIgAgByAFIA5qKAIAamotAAA6AAIgASAAIAcgBiAIakEQdWpqLQAAOgABIAEgACADIAdqai0AADoAAA8LIAJBAnQiAiABKAIIaigCACEFIAEoAgQgAmooAgAhBiABKAIAIAJqKAIAIQIgAygCACEBIAAoAsQCIQcgACgCxAMiAygCHCEIIAMoAhghDCADKAIUIQ0gAygCECEOIAAoAnAiA0ECTwR/IANBAXYhAwNAIA0gBi0AAEECdCIEaigCACEJIAwgBS0AAEECdCIKaigCACELIAQgCGooAgAhDyABIAcgCiAOaigCAGoiCiACLQAAIgRqLQAAOgACIAEgBCAHIAsgD2pBEHVqIgtqLQAAOgABIAQgByAJaiIJai0AACEEIAFB/wE6AAMgASAEOgAAIAEgCiACLQABIgRqLQAAOgAGIAEgBCALai0AADoABSAEIAlqLQAAIQQgAUH/AToAByABIAQ6AAQgAUEIaiEBIAJBAmohAiAFQQFqIQUgBkEBaiEGIANBAWsiAw0ACyAAKAJwBSADC0EBcUUNAyANIAYtAABBAnQiAGooAgAhAyAMIAUtAABBAnQiBWooAgAhBiAAIAhqKAIAIQggASACLQAAIgAgByAFIA5qKAIAamotAAA6AAIgASAAIAcgBiAIakEQdWpqLQAAOgABIAAgAyAHamotAAAhACABQf8BOgADIAEgADoAAA8LIAJBAnQiAiABKAIIaigCACEFIAEoAgQgAmooAgAhBiABKAIAIAJqKAIAIQIgAygCACEBIAAoAsQCIQcgACgCxAMiAygCHCEIIAMoAhghDCADKAIUIQ0gAygCECEOIAAoAnAiA0ECTwR/IANBAXYhAwNAIA0gBi0AAEECdCIEaigCACEJIAwgBS0AAEECdCIKaigCACELIAQgCGooAgAhDyABIAcgCiAOaigCAGoiCiACLQAAIgRqLQAAOgADIAEgBCAHIAsgD2pBEHVqIgtqLQAAOgACIAQgByAJaiIJai0AACEEIAFB/wE6AAAgASAEOgABIAEgCiACLQABIgRqLQAAOgAHIAEgBCALai0AADoABiAEIAlqLQAAIQQgAUH/AToABCABIAQ6AAUgAUEIaiEBIAJBAmohAiAFQQFqIQUgBkEBaiEGIANBAWsiAw0ACyAAKAJwBSADC0EBcUUNAiANIAYtAABBAnQiAGooAgAhAyAMIAUtAABBAnQiBWooAgAhBiAAIAhqKAIAIQggASACLQAAIgAgByAFIA5qKAIAamotAAA6AAMgASAAIAcgBiAIakEQdWpqLQAAOgACIAAgAyAHamotAAAhACABQf8BOgAAIAEgADoAAQ8LIAJBAnQiAiABKAIIaigCACEFIAEoAgQgAmooAgAhBiABKAIAIAJqKAIAIQIgAygCACEBIAAoAsQCIQcgACgCxAMiAygCHCEIIAMoAhghDCADKAIUIQ0gAygCECEOIAAoAnAiA0ECTwR/IANBAXYhAwNAIA0gBi0AAEECdCIEaigCACEJIAwgBS0AAEECdCIKaigCACELIAQgCGooAgAhDyABIAcgCiAOaigCAGoiCiACLQAAIgRqLQAAOgABIAEgBCAHIAsgD2pBEHVqIgtqLQAAOgACIAQgByAJaiIJai0AACEEIAFB/wE6AAAgASAEOgADIAEgCiACLQABIgRqLQAAOgAFIAEgBCALai0AADoABiAEIAlqLQAAIQQgAUH/AToABCABIAQ6AAcgAUEIaiEBIAJBAmohAiAFQQFqIQUgBkEBaiEGIANBAWsiAw0ACyAAKAJwBSADC0EBcUUNASANIAYtAABBAnQiAGooAgAhAyAMIAUtAABBAnQiBWooAgAhBiAAIAhqKAIAIQggASACLQAAIgAgByAFIA5qKAIAamotAAA6AAEgASAAIAcgBiAIakEQdWpqLQAAOgACIAAgAyAHamotAAAhACABQf8BOgAAIAEgADoAAw8LIAJBAnQiAiABKAIIaigCACEFIAEoAgQgAmooAgAhBiABKAIAIAJqKAIAIQIgAygCACEBIAAoAsQCIQcgACgCxAMiAygCHCEIIAMoAhghDCADKAIUIQ0gAygCECEOIAAoAnAiA0ECTwR/IANBAXYhAwNAIA0gBi0AAEECdCIEaigCACEJIAwgBS0AAEECdCIKaigCACELIAQgCGooAgAhDyABIAcgCiAOaigCAGoiCiACLQAAIgRqLQAAOgAAIAEgBCAHIAsgD2pBEHVqIgtqLQAAOgABIAEgBCAHIAlqIglqLQAAOgACIAEgCiACLQABIgRqLQAAOgADIAEgBCALai0AADoABCABIAQgCWotAAA6AAUgAUEGaiEBIAJBAmohAiAFQQFqIQUgBkEBaiEGIANBAWsiAw0ACyAAKAJwBSADC0EBcUUNACANIAYtAABBAnQiAGooAgAhAyAMIAUtAABBAnQiBWooAgAhBiAAIAhqKAIAIQggASACLQAAIgAgByAFIA5qKAIAamotAAA6AAAgASAAIAcgBiAIakEQdWpqLQAAOgABIAEgACADIAdqai0AADoAAgsLnAUBEH8gAkECdCIGIAEoAghqKAIAIQcgASgCBCAGaigCACEIIAEoAgAgAkEDdGoiAigCACEBIAIoAgQhAiADKAIEIQogAygCACEDIAAoAsQCIQYgACgCxAMiBSgCHCEOIAUoAhghDyAFKAIUIRAgBSgCECERIAAoAnAiEkECTwRAIBJBAXYhEwNAIAYgDyAHLQAAQQJ0IgRqKAIAIA4gCC0AAEECdCIFaigCAGpBEHVqIgAgAS0AACIJai0AACELIAYgBSAQaigCAGoiBSAJai0AACEMIAkgBiAEIBFqKAIAaiIJai0AACENIAMgACABLQABIgRqLQAAQQN0QeAPcSAEIAlqLQAAQQh0QYDwA3FyIAQgBWotAABBA3ZyOwECIAMgC0EDdEHgD3EgDUEIdEGA8ANxciAMQQN2cjsBACAAIAItAAAiBGotAAAhCyAEIAVqLQAAIQwgBCAJai0AACENIAogACACLQABIgRqLQAAQQN0QeAPcSAEIAlqLQAAQQh0QYDwA3FyIAQgBWotAABBA3ZyOwECIAogC0EDdEHgD3EgDUEIdEGA8ANxciAMQQN2cjsBACAKQQRqIQogAkECaiECIANBBGohAyABQQJqIQEgB0EBaiEHIAhBAWohCCATQQFrIhMNAAsLIBJBAXEEQCADIAYgDyAHLQAAQQJ0IgNqKAIAIA4gCC0AAEECdCIHaigCAGpBEHVqIgggAS0AACIAai0AAEEDdEHgD3EgBiADIBFqKAIAaiIBIABqLQAAQQh0QYDwA3FyIAYgByAQaigCAGoiAyAAai0AAEEDdnI7AQAgCiAIIAItAAAiAGotAABBA3RB4A9xIAAgAWotAABBCHRBgPADcXIgACADai0AAEEDdnI7AQALC8cGARN/IAJBAnQiBCABKAIIaigCACEIIAEoAgQgBGooAgAhCSABKAIAIAJBA3RqIgIoAgAhASACKAIEIQIgACgCjAEiBEEDcUECdEGgPWooAgAhCyAEQQFqQQNxQQJ0QaA9aigCACEMIAMoAgQhDSADKAIAIQMgACgCxAIhBCAAKALEAyIFKAIcIRAgBSgCGCERIAUoAhQhEiAFKAIQIRMgACgCcCIUQQJPBEAgFEEBdiEVA0AgC0H/AXEiCiAEIBIgCS0AAEECdCIFaigCAGoiACABLQAAIgZqai0AACEOIAQgESAILQAAQQJ0IgdqKAIAIAUgEGooAgBqQRB1aiIFIAZqIApBAXZqLQAAIQ8gCiAEIAcgE2ooAgBqIgogBmpqLQAAIRYgAyAFIAEtAAEiBmogDEH/AXEiB0EBdmotAABBA3RB4A9xIAYgCmogB2otAABBCHRBgPADcXIgACAGaiAHai0AAEEDdnI7AQIgAyAPQQN0QeAPcSAWQQh0QYDwA3FyIA5BA3ZyOwEAIAtBCHZB/wFxIgYgACACLQAAIgdqai0AACEOIAUgB2ogBkEBdmotAAAhDyAHIApqIAZqLQAAIQcgDSAFIAItAAEiBmogDEEIdkH/AXEiBUEBdmotAABBA3RB4A9xIAYgCmogBWotAABBCHRBgPADcXIgACAGaiAFai0AAEEDdnI7AQIgDSAPQQN0QeAPcSAHQQh0QYDwA3FyIA5BA3ZyOwEAIA1BBGohDSAMQRB3IQwgAkECaiECIAtBEHchCyADQQRqIQMgAUECaiEBIAhBAWohCCAJQQFqIQkgFUEBayIVDQALCyAUQQFxBEAgAyAEIBEgCC0AAEECdCIDaigCACAQIAktAABBAnQiCGooAgBqQRB1aiIJIAEtAAAiAGogC0H/AXEiAUEBdmotAABBA3RB4A9xIAQgAyATaigCAGoiAyAAaiABai0AAEEIdEGA8ANxciAEIAggEmooAgBqIgQgAGogAWotAABBA3ZyOwEAIA0gCSACLQAAIgBqIAxB/wFxIgFBAXZqLQAAQQN0QeAPcSAAIANqIAFqLQAAQQh0QYDwA3FyIAAgBGogAWotAABBA3ZyOwEACwuDAgEDfyMAQRBrIgckACAFAn8gACgCxAMiAygCJARAIAQgBSgCAEECdGooAgAgAygCIAJ/IAAoAixBEEcEQCADKAIoDAELIAAoAnBBAXQLEBwaIANBADYCJEEBDAELIAMoAiwhCCAHIAQgBSgCACIJQQJ0aiIEKAIANgIIIAcCfyAIIAYgCWsiBiAGIAhLGyIIQQJJIglFBEAgBCgCBAwBCyADQQE2AiQgAygCIAs2AgwgACABIAIoAgAgB0EIaiADKAIMEQUAIAhBAiAJGwsiBCAFKAIAajYCACADIAMoAiwgBGs2AiwgAygCJEUEQCACIAIoAgBBAWo2AgALIAdBEGokAAuFJAEPfwJAAkACQAJAAkACQAJAAkAgACgCLEEGaw4KAAECAwQFAQMEBQYLIAJBAnQiCSABKAIIaigCACEHIAEoAgQgCWooAgAhCCABKAIAIAJBA3RqIgEoAgAhAiABKAIEIQkgAygCBCEBIAMoAgAhAyAAKALEAiEKIAAoAsQDIgUoAhwhDSAFKAIYIQ4gBSgCFCEPIAUoAhAhECAAKAJwIgVBAk8EfyAFQQF2IQUDQCAPIAgtAABBAnQiBmooAgAhCyAOIActAABBAnQiDGooAgAhESAGIA1qKAIAIRIgAyAKIAwgEGooAgBqIgYgAi0AACIEai0AADoAACADIAQgCiARIBJqQRB1aiIMai0AADoAASADIAQgCiALaiILai0AADoAAiADIAYgAi0AASIEai0AADoAAyADIAQgDGotAAA6AAQgAyAEIAtqLQAAOgAFIAEgBiAJLQAAIgRqLQAAOgAAIAEgBCAMai0AADoAASABIAQgC2otAAA6AAIgASAGIAktAAEiBGotAAA6AAMgASAEIAxqLQAAOgAEIAEgBCALai0AADoABSABQQZqIQEgCUECaiEJIANBBmohAyACQQJqIQIgB0EBaiEHIAhBAWohCCAFQQFrIgUNAAsgACgCcAUgBQtBAXFFDQYgDyAILQAAQQJ0IgBqKAIAIQggDiAHLQAAQQJ0IgdqKAIAIQUgACANaigCACEGIAMgCiAHIBBqKAIAaiIHIAItAAAiAGotAAA6AAAgAyAAIAogBSAGakEQdWoiAmotAAA6AAEgAyAAIAggCmoiA2otAAA6AAIgASAHIAktAAAiAGotAAA6AAAgASAAIAJqLQAAOgABIAEgACADai0AADoAAg8LIAJBAnQiCSABKAIIaigCACEHIAEoAgQgCWooAgAhCCABKAIAIAJBA3RqIgEoAgAhAiABKAIEIQkgAygCBCEBIAMoAgAhAyAAKALEAiEKIAAoAsQDIgUoAhwhDSAFKAIYIQ4gBSgCFCEPIAUoAhAhECAAKAJwIgVBAk8EfyAFQQF2IQUDQCAPIAgtAABBAnQiBmooAgAhCyAOIActAABBAnQiDGooAgAhESAGIA1qKAIAIRIgAyAKIAwgEGooAgBqIgYgAi0AACIEai0AADoAACADIAQgCiARIBJqQRB1aiIMai0AADoAASAEIAogC2oiC2otAAAhBCADQf8BOgADIAMgBDoAAiADIAYgAi0AASIEai0AADoABCADIAQgDGotAAA6AAUgBCALai0AACEEIANB/wE6AAcgAyAEOgAGIAEgBiAJLQAAIgRqLQAAOgAAIAEgBCAMai0AADoAASAEIAtqLQAAIQQgAUH/AToAAyABIAQ6AAIgASAGIAktAAEiBGotAAA6AAQgASAEIAxqLQAAOgAFIAQgC2otAAAhBiABQf8BOgAHIAEgBjoABiABQQhqIQEgCUECaiEJIANBCGohAyACQQJqIQIgB0EBaiEHIAhBAWohCCAFQQFrIgUNAAsgACgCcAUgBQtBAXFFDQUgDyAILQAAQQJ0IgBqKAIAIQggDiAHLQAAQQJ0IgdqKAIAIQUgACANaigCACEGIAMgCiAHIBBqKAIAaiIHIAItAAAiAGotAAA6AAAgAyAAIAogBSAGakEQdWoiAmotAAA6AAEgACAIIApqIghqLQAAIQAgA0H/AToAAyADIAA6AAIgASAHIAktAAAiAGotAAA6AAAgASAAIAJqLQAAOgABIAAgCGotAAAhACABQf8BOgADIAEgADoAAg8LIAJBAnQiCSABKAIIaigCACEHIAEoAgQgCWooAgAhCCABKAIAIAJBA3RqIgEoAgAhAiABKAIEIQkgAygCBCEBIAMoAgAhAyAAKALEAiEKIAAoAsQDIgUoAhwhDSAFKAIYIQ4gBSgCFCEPIAUoAhAhECAAKAJwIgVBAk8EfyAFQQF2IQUDQCAPIAgtAABBAnQiBmooAgAhCyAOIActAABBAnQiDGooAgAhESAGIA1qKAIAIRIgAyAKIAwgEGooAgBqIgYgAi0AACIEai0AADoAAiADIAQgCiARIBJqQRB1aiIMai0AADoAASADIAQgCiALaiILai0AADoAACADIAYgAi0AASIEai0AADoABSADIAQgDGotAAA6AAQgAyAEIAtqLQAAOgADIAEgBiAJLQAAIgRqLQAAOgACIAEgBCAMai0AADoAASABIAQgC2otAAA6AAAgASAGIAktAAEiBGotAAA6AAUgASAEIAxqLQAAOgAEIAEgBCALai0AADoAAyABQQZqIQEgCUECaiEJIANBBmohAyACQQJqIQIgB0EBaiEHIAhBAWohCCAFQQFrIgUNAAsgACgCcAUgBQtBAXFFDQQgDyAILQAAQQJ0IgBqKAIAIQggDiAHLQAAQQJ0IgdqKAIAIQUgACANaigCACEGIAMgCiAHIBBqKAIAaiIHIAItAAAiAGotAAA6AAIgAyAAIAogBSAGakEQdWoiAmotAAA6AAEgAyAAIAggCmoiA2otAAA6AAAgASAHIAktAAAiAGotAAA6AAIgASAAIAJqLQAAOgABIAEgACADai0AADoAAA8LIAJBAnQiCSABKAIIaigCACEHIAEoAgQgCWooAgAhCCABKAIAIAJBA3RqIgEoAgAhAiABKAIEIQkgAygCBCEBIAMoAgAhAyAAKALEAiEKIAAoAsQDIgUoAhwhDSAFKAIYIQ4gBSgCFCEPIAUoAhAhECAAKAJwIgVBAk8EfyAFQQF2IQUDQCAPIAgtAABBAnQiBmooAgAhCyAOIActAABBAnQiDGooAgAhESAGIA1qKAIAIRIgAyAKIAwgEGooAgBqIgYgAi0AACIEai0AADoAAiADIAQgCiARIBJqQRB1aiIMai0AADoAASAEIAogC2oiC2otAAAhBCADQf8BOgADIAMgBDoAACADIAYgAi0AASIEai0AADoABiADIAQgDGotAAA6AAUgBCALai0AACEEIANB/wE6AAcgAyAEOgAEIAEgBiAJLQAAIgRqLQAAOgACIAEgBCAMai0AADoAASAEIAtqLQAAIQQgAUH/AToAAyABIAQ6AAAgASAGIAktAAEiBGotAAA6AAYgASAEIAxqLQAAOgAFIAQgC2otAAAhBiABQf8BOgAHIAEgBjoABCABQQhqIQEgCUECaiEJIANBCGohAyACQQJqIQIgB0EBaiEHIAhBAWohCCAFQQFrIgUNAAsgACgCcAUgBQtBAXFFDQMgDyAILQAAQQJ0IgBqKAIAIQggDiAHLQAAQQJ0IgdqKAIAIQUgACANaigCACEGIAMgCiAHIBBqKAIAaiIHIAItAAAiAGotAAA6AAIgAyAAIAogBSAGakEQdWoiAmotAAA6AAEgACAIIApqIghqLQAAIQAgA0H/AToAAyADIAA6AAAgASAHIAktAAAiAGotAAA6AAIgASAAIAJqLQAAOgABIAAgCGotAAAhACABQf8BOgADIAEgADoAAA8LIAJBAnQiCSABKAIIaigCACEHIAEoAgQgCWooAgAhCCABKAIAIAJBA3RqIgEoAgAhAiABKAIEIQkgAygCBCEBIAMoAgAhAyAAKALEAiEKIAAoAsQDIgUoAhwhDSAFKAIYIQ4gBSgCFCEPIAUoAhAhECAAKAJwIgVBAk8EfyAFQQF2IQUDQCAPIAgtAABBAnQiBmooAgAhCyAOIActAABBAnQiDGooAgAhESAGIA1qKAIAIRIgAyAKIAwgEGooAgBqIgYgAi0AACIEai0AADoAAyADIAQgCiARIBJqQRB1aiIMai0AADoAAiAEIAogC2oiC2otAAAhBCADQf8BOgAAIAMgBDoAASADIAYgAi0AASIEai0AADoAByADIAQgDGotAAA6AAYgBCALai0AACEEIANB/wE6AAQgAyAEOgAFIAEgBiAJLQAAIgRqLQAAOgADIAEgBCAMai0AADoAAiAEIAtqLQAAIQQgAUH/AToAACABIAQ6AAEgASAGIAktAAEiBGotAAA6AAcgASAEIAxqLQAAOgAGIAQgC2otAAAhBiABQf8BOgAEIAEgBjoABSABQQhqIQEgCUECaiEJIANBCGohAyACQQJqIQIgB0EBaiEHIAhBAWohCCAFQQFrIgUNAAsgACgCcAUgBQtBAXFFDQIgDyAILQAAQQJ0IgBqKAIAIQggDiAHLQAAQQJ0IgdqKAIAIQUgACANaigCACEGIAMgCiAHIBBqKAIAaiIHIAItAAAiAGotAAA6AAMgAyAAIAogBSAGakEQdWoiAmotAAA6AAIgACAIIApqIghqLQAAIQAgA0H/AToAACADIAA6AAEgASAHIAktAAAiAGotAAA6AAMgASAAIAJqLQAAOgACIAAgCGotAAAhACABQf8BOgAAIAEgADoAAQ8LIAJBAnQiCSABKAIIaigCACEHIAEoAgQgCWooAgAhCCABKAIAIAJBA3RqIgEoAgAhAiABKAIEIQkgAygCBCEBIAMoAgAhAyAAKALEAiEKIAAoAsQDIgUoAhwhDSAFKAIYIQ4gBSgCFCEPIAUoAhAhECAAKAJwIgVBAk8EfyAFQQF2IQUDQCAPIAgtAABBAnQiBmooAgAhCyAOIActAABBAnQiDGooAgAhESAGIA1qKAIAIRIgAyAKIAwgEGooAgBqIgYgAi0AACIEai0AADoAASADIAQgCiARIBJqQRB1aiIMai0AADoAAiAEIAogC2oiC2otAAAhBCADQf8BOgAAIAMgBDoAAyADIAYgAi0AASIEai0AADoABSADIAQgDGotAAA6AAYgBCALai0AACEEIANB/wE6AAQgAyAEOgAHIAEgBiAJLQAAIgRqLQAAOgABIAEgBCAMai0AADoAAiAEIAtqLQAAIQQgAUH/AToAACABIAQ6AAMgASAGIAktAAEiBGotAAA6AAUgASAEIAxqLQAAOgAGIAQgC2otAAAhBiABQf8BOgAEIAEgBjoAByABQQhqIQEgCUECaiEJIANBCGohAyACQQJqIQIgB0EBaiEHIAhBAWohCCAFQQFrIgUNAAsgACgCcAUgBQtBAXFFDQEgDyAILQAAQQJ0IgBqKAIAIQggDiAHLQAAQQJ0IgdqKAIAIQUgACANaigCACEGIAMgCiAHIBBqKAIAaiIHIAItAAAiAGotAAA6AAEgAyAAIAogBSAGakEQdWoiAmotAAA6AAIgACAIIApqIghqLQAAIQAgA0H/AToAACADIAA6AAMgASAHIAktAAAiAGotAAA6AAEgASAAIAJqLQAAOgACIAAgCGotAAAhACABQf8BOgAAIAEgADoAAw8LIAJBAnQiCSABKAIIaigCACEHIAEoAgQgCWooAgAhCCABKAIAIAJBA3RqIgEoAgAhAiABKAIEIQkgAygCBCEBIAMoAgAhAyAAKALEAiEKIAAoAsQDIgUoAhwhDSAFKAIYIQ4gBSgCFCEPIAUoAhAhECAAKAJwIgVBAk8EfyAFQQF2IQUDQCAPIAgtAABBAnQiBmooAgAhCyAOIActAABBAnQiDGooAgAhESAGIA1qKAIAIRIgAyAKIAwgEGooAgBqIgYgAi0AACIEai0AADoAACADIAQgCiARIBJqQRB1aiIMai0AADoAASADIAQgCiALaiILai0AADoAAiADIAYgAi0AASIEai0AADoAAyADIAQgDGotAAA6AAQgAyAEIAtqLQAAOgAFIAEgBiAJLQAAIgRqLQAAOgAAIAEgBCAMai0AADoAASABIAQgC2otAAA6AAIgASAGIAktAAEiBGotAAA6AAMgASAEIAxqLQAAOgAEIAEgBCALai0AADoABSABQQZqIQEgCUECaiEJIANBBmohAyACQQJqIQIgB0EBaiEHIAhBAWohCCAFQQFrIgUNAAsgACgCcAUgBQtBAXFFDQAgDyAILQAAQQJ0IgBqKAIAIQggDiAHLQAAQQJ0IgdqKAIAIQUgACANaigCACEGIAMgCiAHIBBqKAIAaiIHIAItAAAiAGotAAA6AAAgAyAAIAogBSAGakEQdWoiAmotAAA6AAEgAyAAIAggCmoiA2otAAA6AAIgASAHIAktAAAiAGotAAA6AAAgASAAIAJqLQAAOgABIAEgACADai0AADoAAgsLGwEBfyAAKALEAyIBQQA2AiQgASAAKAJ0NgIsC8AFAQR/IAAoAswDIgMoAhghAgJAAkACQAJ/IAAoAlhFBEAgAQ0CQdwADAELIABBAjYCWCABDQFB3QALIQEgA0HeADYCCCADIAE2AgRBASEBAkAgACgChAEiBEEATAR/QTgFIARBgQJJDQFBgAIhAUE5CyEEIAAoAgAiBSABNgIYIAUgBDYCFCAAIAAoAgAoAgARAAALIAAoAlhBAkcNAiAAKAJwQQZsQQxqIQQgAygCICIFRQRAIAMgAEEBIAQgACgCBCgCBBECACIFNgIgC0EAIQEgBUEAIAQQGhpBJCEEIAMoAigNASAAED0MAQsgA0HfADYCCCADQeAANgIEQQEhAUEcIQQLIAMgBGogATYCAAsgAygCHARAIAIoAgBBAEGAIBAaGiACKAIEQQBBgCAQGhogAigCCEEAQYAgEBoaIAIoAgxBAEGAIBAaGiACKAIQQQBBgCAQGhogAigCFEEAQYAgEBoaIAIoAhhBAEGAIBAaGiACKAIcQQBBgCAQGhogAigCIEEAQYAgEBoaIAIoAiRBAEGAIBAaGiACKAIoQQBBgCAQGhogAigCLEEAQYAgEBoaIAIoAjBBAEGAIBAaGiACKAI0QQBBgCAQGhogAigCOEEAQYAgEBoaIAIoAjxBAEGAIBAaGiACKAJAQQBBgCAQGhogAigCREEAQYAgEBoaIAIoAkhBAEGAIBAaGiACKAJMQQBBgCAQGhogAigCUEEAQYAgEBoaIAIoAlRBAEGAIBAaGiACKAJYQQBBgCAQGhogAigCXEEAQYAgEBoaIAIoAmBBAEGAIBAaGiACKAJkQQBBgCAQGhogAigCaEEAQYAgEBoaIAIoAmxBAEGAIBAaGiACKAJwQQBBgCAQGhogAigCdEEAQYAgEBoaIAIoAnhBAEGAIBAaGiACKAJ8QQBBgCAQGhogA0EANgIcCwsNACAAKALMA0EBNgIcC+MHAQh/IAAgACgCzAMiASgCEDYCiAEgACABKAIUNgKEAQJAAkACQAJAAkAgACgCWA4DAAECAwsgACgCeEEDRgRAIAFB1wA2AgQPCyABQdgANgIEDwsgACgCeCECIAFBADYCMCABQdkAQdoAIAJBA0YbNgIEIAEoAhxFBEAgABA+CyABKAI0DQIgACgCeCIEQQBMDQIgACgCzAMiAUE0aiEHIAFBIGohCANAIAggBUECdCIJaigCACECQQAhAQJAAkAgBUUNAANAIAggAUECdCIDaigCACACRwRAIAFBAWoiASAFRw0BDAILCyADIAdqKAIAIgYNAQsgAkEJdEGABGshAUEAIQQgAEEBQYAIIAAoAgQoAgARAgAhBgNAIAYgBEEGdGoiAkH/ASAEQQR0IgNB3zhqLQAAQQF0a0H/AWwgAW02AjwgAkH/ASADQd44ai0AAEEBdGtB/wFsIAFtNgI4IAJB/wEgA0HdOGotAABBAXRrQf8BbCABbTYCNCACQf8BIANB3DhqLQAAQQF0a0H/AWwgAW02AjAgAkH/ASADQds4ai0AAEEBdGtB/wFsIAFtNgIsIAJB/wEgA0HaOGotAABBAXRrQf8BbCABbTYCKCACQf8BIANB2ThqLQAAQQF0a0H/AWwgAW02AiQgAkH/ASADQdg4ai0AAEEBdGtB/wFsIAFtNgIgIAJB/wEgA0HXOGotAABBAXRrQf8BbCABbTYCHCACQf8BIANB1jhqLQAAQQF0a0H/AWwgAW02AhggAkH/ASADQdU4ai0AAEEBdGtB/wFsIAFtNgIUIAJB/wEgA0HUOGotAABBAXRrQf8BbCABbTYCECACQf8BIANB0zhqLQAAQQF0a0H/AWwgAW02AgwgAkH/ASADQdI4ai0AAEEBdGtB/wFsIAFtNgIIIAJB/wEgA0HROGotAABBAXRrQf8BbCABbTYCBCACQf8BIANB0DhqLQAAQQF0a0H/AWwgAW02AgAgBEEBaiIEQRBHDQALIAAoAnghBAsgByAJaiAGNgIAIAVBAWoiBSAESA0ACwwCCyABQQA2AlQgAUHbADYCBCABQcQAaiECAkAgASgCRARAIAAoAnghAwwBCyAAKAJ4QQBMDQIgACgCcEEBdEEEaiEEQQAhAQNAIAIgAUECdGogAEEBIAQgACgCBCgCBBECADYCACABQQFqIgEgACgCeCIDSA0ACwsgA0EATA0BIAAoAnBBAXRBBGohA0EAIQEDQCACIAFBAnRqKAIAQQAgAxAaGiABQQFqIgEgACgCeEgNAAsMAQsgACgCACIBQTA2AhQgACABKAIAEQAACwsaAQF/IAAoAgAiAUEuNgIUIAAgASgCABEAAAuFAwEDfwJAIAACfyAAKAKkAyIBKAIIBEAgAUEANgIIIABBACAAKALMAygCABEDACAAQQIgACgCsAMoAgARAwBBAgwBCwJAIAAoAlRFDQAgACgCiAENAAJAIAAoAlxFDQAgACgCbEUNACAAIAEoAnQ2AswDIAFBATYCCAwBCyAAKAJkBEAgACABKAJwNgLMAwwBCyAAKAIAIgJBLjYCFCAAIAIoAgARAAALIAAgACgCwAMoAgARAAAgACAAKAKsAygCCBEAACAAKAJEDQEgASgCbEUEQCAAIAAoAsgDKAIAEQAACyAAIAAoAsQDKAIAEQAAIAAoAlQEQCAAIAEoAgggACgCzAMoAgARAwALIABBA0EAIAEoAggbIAAoArADKAIAEQMAQQALIAAoAqgDKAIAEQMACwJAIAAoAggiAkUNACACIAEoAmgiAzYCDCACIANBAkEBIAEoAggbaiIBNgIQIAAoAkBFDQAgACgCtAMoAhQNACACQQJBASAAKAJsGyABajYCEAsLLwEBfyAAKAKkAyEBIAAoAlQEQCAAIAAoAswDKAIIEQAACyABIAEoAmhBAWo2AmgLngcBDX8gACgCGCIFKAIEIQMgBSgCACEHAn8CQCAAKAK4AyIJKAKkASIERQRAIANFBEAgACAFKAIMEQEARQRAQQAPCyAFKAIEIQMgBSgCACEHCyAHLQAAIQIgA0EBayIDBH8gB0EBagUgACAFKAIMEQEARQRAQQAPCyAFKAIEIQMgBSgCAAsiAUEBaiEHIANBAWshAyABLQAAIAJBCHRyIgJBAmshCkEAIAJBAkkNAhogAEEBIAogCUHgAGogACgCoAMiAkECdCAJakGcBmsgAkH+AUYbKAIAIgIgAiAKSxsiBkEUaiAAKAIEKAIEEQIAIgRBADYCACAAKAKgAyECIAQgBEEUaiIBNgIQIAQgBjYCDCAEIAo2AgggBCACOgAEIAlBADYCqAEgCSAENgKkAQwBCyAJKAKoASIIIAQoAhBqIQEgBCgCDCEGCyAGIAhLBEADQCAFIAM2AgQgBSAHNgIAIAkgCDYCqAEgA0UEQCAAIAUoAgwRAQBFBEBBAA8LIAUoAgQhAyAFKAIAIQcLAkAgBiAITQ0AIANFDQADQCABIActAAA6AAAgA0EBayEDIAFBAWohASAHQQFqIQcgCEEBaiIIIAZPDQEgAw0ACwsgBiAISw0ACwsCQCAAKAKwAiIBRQRAIAAgBDYCsAIMAQsDQCABIgIoAgAiAQ0ACyACIAQ2AgALIAQoAgggBmshCiAEKAIQCyEBIAlBADYCpAECQAJAAkACQCAAKAKgAyIIQeABaw4PAAICAgICAgICAgICAgIBAgsgACABIAYgChBbDAILAkAgBkEMSQ0AIAEtAABBwQBHDQAgAS0AAUHkAEcNACABLQACQe8ARw0AIAEtAANB4gBHDQAgAS0ABEHlAEcNACABLQAGIQwgAS0ABSENIAEtAAghBCABLQAHIQYgAS0ACiEJIAEtAAkhCCAAKAIAIgsgAS0ACyICNgIkIAtBzAA2AhQgCyAJIAhBCHRyNgIgIAsgBCAGQQh0cjYCHCALIAwgDUEIdHI2AhggAEEBIAsoAgQRAwAgACACOgCoAiAAQQE2AqQCDAILIAAoAgAiAiAGIApqNgIYIAJBzgA2AhQgAEEBIAAoAgAoAgQRAwAMAQsgACgCACICIAg2AhggAkHbADYCFCAAKAIAIAYgCmo2AhwgAEEBIAAoAgAoAgQRAwALIAUgAzYCBCAFIAc2AgAgCkEASgRAIAAgCiAAKAIYKAIQEQMAC0EBCzMBAX8gACgCACIBQfgANgIUIABBfyABKAIEEQMAIAAoAhgiAEECNgIEIABBxDg2AgBBAQtUAQJ/IAFBAEoEQCABIAAoAhgiAigCBCIDSgRAA0AgACACKAIMEQEAGiABIANrIgEgAigCBCIDSg0ACwsgAiADIAFrNgIEIAIgAigCACABajYCAAsL0QIBBX8gACgCACIDIAAoAqADIgI2AhggA0H5ADYCFCAAKAIAIAE2AhwgAEF/IAAoAgAoAgQRAwAgAUEGakEHcUHQAXIhAyABQQFrQQdxQdABciEEIAFBAmpBB3FB0AFyIQUgAUEBakEHcUHQAXIhAQNAAkACQCACQcABSA0AIAJB2AFrQXhJDQEgASACRg0BIAIgBUYNASACIARGDQAgAiADRg0AIAAoAgAiASACNgIYIAFB4QA2AhQgACgCAEEBNgIcIABBBCAAKAIAKAIEEQMAIABBADYCoANBAQ8LIAAoAgAiBiACNgIYIAZB4QA2AhQgACgCAEECNgIcIABBBCAAKAIAKAIEEQMAIAAQOQRAIAAoAqADIQIMAgVBAA8LAAsLIAAoAgAiASACNgIYIAFB4QA2AhQgACgCAEEDNgIcIABBBCAAKAIAKAIEEQMAQQEL/AYBCn8CQAJAIAAoArQDIgcoAhQNAAJAAkAgACAAKAK4AygCBBEBACIBQQFrDgIAAQMLIAcoAhgEQAJAIAAoAiBB3P8DTARAIAAoAhxB3f8DSA0BCyAAKAIAQqmAgIDA+z83AhQgACAAKAIAKAIAEQAACyAAKALUASIBQQhHBEAgACgCACICIAE2AhggAkEPNgIUIAAgACgCACgCABEAAAsgACgCJCIDQQtOBEAgACgCACIBIAM2AhggAUEaNgIUIAAoAgBBCjYCHCAAIAAoAgAoAgARAAAgACgCJCEDCyAAQoGAgIAQNwK0AgJAIANBAEwEQCAAQQg2ArwCIAAoAiAhBEEBIQIMAQsgACgC2AEhAUEBIQJBASEFA0ACQCABKAIIIgRBBWtBfE8EQCABKAIMIgZBBWtBe0sNAQsgACgCACICQRI2AhQgACACKAIAEQAAIAAoAiQhAyABKAIMIQYgACgCuAIhAiABKAIIIQQgACgCtAIhBQsgACACIAYgAiAGShsiAjYCuAIgACAFIAQgBCAFSBsiBTYCtAIgAUHUAGohASAIQQFqIgggA0gNAAsgAEEINgK8AiAAKAIgIQQgA0EATA0AIAAoAqQDIgFBPGohCSABQRRqIQogACgCHCEIIAAoAtgBIQFBACEGA0AgAUEINgIkIAEgBUEDdCIDIAEoAgggCGxqQQFrIANtNgIcIAEgAkEDdCICIAEoAgwgBGxqQQFrIAJtNgIgIAogBkECdCICakEANgIAIAIgCWogASgCHEEBazYCACABIAAoArQCIgUgACgCHCIIIAEoAghsakEBayAFbTYCKCAAKAK4AiECIAAoAiAhBCABQQA2AkwgAUEBNgIwIAEgAiAEIAEoAgxsakEBayACbTYCLCABQdQAaiEBIAZBAWoiBiAAKAIkIgNIDQALCyAAIAQgAkEDdCIBakEBayABbTYCwAJBASEBIAAoArQDIAMgACgCyAJMBH8gACgC3AFBAEcFQQELNgIQIAdBADYCGEEBDwsgBygCEEUEQCAAKAIAIgFBIzYCFCAAIAEoAgARAAALIAAQP0EBDwsgB0EBNgIUIAcoAhgEQCAAKAK4AygCEEUNASAAKAIAIgFBOzYCFCAAIAEoAgARAAAMAQsgACgCkAEiASAAKAKYAU4NACAAIAE2ApgBC0ECIQELIAELQgEBfyAAKAK0AyIBQQE2AhggAUIANwIQIAFBHDYCACAAIAAoAgAoAhARAAAgACAAKAK4AygCABEAACAAQQA2AqABCw0AIAAoArQDQRw2AgALgwUBDX8jAEEQayIDJAACQCAAKAIYIgQoAgQiAkUEQCAAIAQoAgwRAQBFBEBBACECDAILIAQoAgQhAgsgBCgCACIFLQAAIQYgAkEBayICBH8gBUEBagUgACAEKAIMEQEARQRAQQAhAgwCCyAEKAIEIQIgBCgCAAshASABQQFqIQUgAkEBayECQQ4gAS0AACAGQQh0ciIBQQJrIgZBACABIAZPGyABQQ9LGyIBBEADQCACRQRAIAAgBCgCDBEBAEUEQEEAIQIMBAsgBCgCACEFIAQoAgQhAgsgA0ECaiAHaiAFLQAAOgAAIAVBAWohBSACQQFrIQIgB0EBaiIHIAFHDQALCyAGIAFrIQcCQAJAAkACQCAAKAKgAyIIQeABaw4PAAICAgICAgICAgICAgIBAgsgACADQQJqIAEgBxBbDAILAkAgAUEMSQ0AIAMtAAJBwQBHDQAgAy0AA0HkAEcNACADLQAEQe8ARw0AIAMtAAVB4gBHDQAgAy0ABkHlAEcNACADLQAIIQYgAy0AByEIIAMtAAohCSADLQAJIQogAy0ADCELIAMtAAshDCAAKAIAIgEgAy0ADSINNgIkIAFBzAA2AhQgASALIAxBCHRyNgIgIAEgCSAKQQh0cjYCHCABIAYgCEEIdHI2AhggAEEBIAEoAgQRAwAgACANOgCoAiAAQQE2AqQCDAILIAAoAgAiASAGNgIYIAFBzgA2AhQgAEEBIAAoAgAoAgQRAwAMAQsgACgCACIBIAg2AhggAUHEADYCFCAAIAAoAgAoAgARAAALIAQgAjYCBCAEIAU2AgBBASECIAdBAEwNACAAIAcgACgCGCgCEBEDAAsgA0EQaiQAIAILNgAgAEEANgLYASAAQQA2AqADIABBADYCkAEgACgCuAMiAEEANgKkASAAQQA2AhggAEIANwIMC7otASF/IwBBgAJrIg8kACAAQYQCaiEZIABB9AFqIRogAEHkAWohGyAAQbQBaiEcIABBxAFqIR0gAEGkAWohHiAAKAKgAyEBA0ACQAJAAkAgAQ0AIAAoArgDKAIMRQRAIAAoAhgiAigCBCIBRQRAIAAgAigCDBEBAEUEQEEAIQEMBAsgAigCBCEBCyACKAIAIgQtAAAhAyABQQFrIgYEfyAEQQFqBSAAIAIoAgwRAQBFBEBBACEBDAQLIAIoAgQhBiACKAIACyIBQQFqIQQgBkEBayEFIANB/wFGIAEtAAAiAUHYAUZxRQRAIAAoAgAiBiADNgIYIAZBNTYCFCAAKAIAIAE2AhwgACAAKAIAKAIAEQAACyAAIAE2AqADIAIgBTYCBCACIAQ2AgAMAQsgABA5RQRAQQAhAQwCCyAAKAKgAyEBCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABQQFrDv4BDQ8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8QEAEECAQEBAQCAwQHBAQEDQ0NDQ0NDQ0ABgUJDgoPDwsLCwsLCwsLCwsLCwsLCwsPDw8PDw8PDw8PDw8PDwwPCyAAKAIAIgJB5gA2AhQgAEEBIAIoAgQRAwAgACgCuAMiASgCDARAIAAoAgAiAkE9NgIUIAAgAigCABEAACAAKAK4AyEBCyAbQgA3AAAgG0IANwAIIBpCgYKEiJCgwIABNwAIIBpCgYKEiJCgwIABNwAAIBlChYqUqNCgwYIFNwAIIBlChYqUqNCgwYIFNwAAIABBADYCrAIgAEEANgIoIABCADcClAIgAEEAOgCoAiAAQoGABDcDoAIgAEEAOgCeAiAAQYECOwGcAiABQQE2AgwMEgtBACEBIABBAUEAEDQNEQwQC0EAIQEgAEEAQQEQNA0QDA8LIABBAUEBEDQND0EAIQEMDgsgACgCACICIAE2AhggAkE8NgIUIAAgACgCACgCABEAAAwOCyAAKAIYIgUoAgQhASAFKAIAIQIgACgCuAMoAhBFBEAgACgCACIDQT42AhQgACADKAIAEQAACyABRQRAIAAgBSgCDBEBAEUEQEEAIQEMDgsgBSgCBCEBIAUoAgAhAgsgAi0AACEDIAFBAWsiBAR/IAJBAWoFIAAgBSgCDBEBAEUEQEEAIQEMDgsgBSgCBCEEIAUoAgALIgEtAAAhAiAEQQFrIgQEfyABQQFqBSAAIAUoAgwRAQBFBEBBACEBDA4LIAUoAgQhBCAFKAIACyEBIAAoAgAiBiABLQAAIgc2AhggBkHnADYCFCAAQQEgACgCACgCBBEDAAJAAkACQCAHQQF0QQZqIANBCHQgAnJHDQAgB0UNACAHQQRLDQAgAEIANwLMAiAAIAc2AsgCIABCADcC1AIgAUEBaiECIARBAWshAQwBCyAAKAIAIgJBCzYCFCAAIAIoAgARAAAgAEIANwLMAiAAIAc2AsgCIABCADcC1AIgAUEBaiECIARBAWshASAHRQ0BCyAAQcwCaiEJQQAhBgNAIAFFBEAgACAFKAIMEQEARQRAQQAhAQwQCyAFKAIEIQEgBSgCACECCyACLQAAIQQgAUEBayIMBH8gAkEBagUgACAFKAIMEQEARQRAQQAhAQwQCyAFKAIEIQwgBSgCAAshDSAAKALYASEBIA0tAAAhCgJAAkAgACgCJCIDQQBMBEAgASEDDAELAkAgASgCACAERw0AIAkoAgANACABIQIMAgsgAUHUAGoiAkEDIANBAWsiCCAIQQNPG0HUAGxqIQMgCEUNACAEIAIoAgBGBEAgACgC0AJFDQILIAhBAUYNACAEIAFBqAFqIgIoAgBGBEAgACgC1AJFDQILIAhBAkYNACABQfwBaiICKAIAIARHDQAgACgC2AJFDQELIAAoAgAiAiAENgIYIAJBBTYCFCAAIAAoAgAoAgARAAAgAyECCyAJIAZBAnRqIAI2AgAgAiAKQQ9xNgIYIAIgCkEEdjYCFCAAKAIAIgMgBDYCGCADIAIoAhQ2AhwgAigCGCEBIANB6AA2AhQgAyABNgIgIABBASADKAIEEQMAAkAgBkUNAEEAIQggBkEBRwRAIAZBfnEiCiEIIAZBAXEhIEEAIQEDQCACIAkgAUECdGoiCygCAEYEQCAAKAIAIg4gBDYCGCAOQQU2AhQgACAAKAIAKAIAEQAACyACIAsoAgRGBEAgACgCACILIAQ2AhggC0EFNgIUIAAgACgCACgCABEAAAsgAUECaiIBIApHDQALICBFDQELIAkgCEECdGooAgAgAkcNACAAKAIAIgIgBDYCGCACQQU2AhQgACAAKAIAKAIAEQAACyANQQFqIQIgDEEBayEBIAZBAWoiBiAHRw0ACwsgAUUEQCAAIAUoAgwRAQBFBEBBACEBDA4LIAUoAgQhASAFKAIAIQILIAAgAi0AADYCkAMgACABQQFrIgQEfyACQQFqBSAAIAUoAgwRAQBFBEBBACEBDA4LIAUoAgQhBCAFKAIACyIBLQAANgKUAyAAIARBAWsiBgR/IAFBAWoFIAAgBSgCDBEBAEUEQEEAIQEMDgsgBSgCBCEGIAUoAgALIgQtAAAiAkEPcTYCnAMgACACQQR2NgKYAyAAKAIAIgIgACgCkAM2AhggAiAAKAKUAzYCHCACIAAoApgDNgIgIAIgACgCnAM2AiQgAkHpADYCFEEBIQEgAEEBIAIoAgQRAwAgACgCuANBADYCFCAAIAAoApABQQFqNgKQASAFIAZBAWs2AgQgBSAEQQFqNgIAIABBADYCoAMMDAsgACgCACICQdUANgIUIABBASACKAIEEQMAIABBADYCoANBAiEBDAsLIAAoAhgiAygCBCICRQRAIAAgAygCDBEBAEUEQEEAIQEMDAsgAygCBCECCyADKAIAIgEtAAAhBSACQQFrIgQEfyABQQFqBSAAIAMoAgwRAQBFBEBBACEBDAwLIAMoAgQhBCADKAIACyICLQAAIQEgACgCACIGQdsANgIUIAYgACgCoAM2AhggACgCACABIAVBCHRyIgFBAmsiBTYCHCAAQQEgACgCACgCBBEDACADIARBAWs2AgQgAyACQQFqNgIAIAFBA0kNCyAAIAUgACgCGCgCEBEDAAwLCyAAKAIYIgMoAgQiAUUEQCAAIAMoAgwRAQBFDQkgAygCBCEBCyADKAIAIgItAAAhBSABQQFrIgEEfyACQQFqBSAAIAMoAgwRAQBFDQkgAygCBCEBIAMoAgALIgRBAWohAiABQQFrIQEgBC0AACAFQQh0ciIEQQJrIQcgBEETTwRAA0AgAUUEQCAAIAMoAgwRAQBFDQsgAygCBCEBIAMoAgAhAgsgACgCACIEIAItAAAiBjYCGCAEQdAANgIUIABBASAAKAIAKAIEEQMAIAFBAWsiBAR/IAJBAWoFIAAgAygCDBEBAEUNCyADKAIEIQQgAygCAAsiAS0AACEIIARBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACEJIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACENIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACEMIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACEKIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACELIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACEOIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACEQIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACERIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACESIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACETIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACEUIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACEVIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACEWIAJBAWsiAgR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQIgAygCAAsiAS0AACEXIAJBAWsiBAR/IAFBAWoFIAAgAygCDBEBAEUNCyADKAIEIQQgAygCAAsiAi0AACEYIAAoAgAiASAQNgI0IAEgDjYCMCABIAs2AiwgASAKNgIoIAEgDDYCJCABIA02AiAgASAJNgIcIAEgCDYCGCABQdYANgIUIABBAiABKAIEEQMAIAAoAgAiASAYNgI0IAEgFzYCMCABIBY2AiwgASAVNgIoIAEgFDYCJCABIBM2AiAgASASNgIcIAEgETYCGCABQdYANgIUIABBAiABKAIEEQMAIAJBAWohAiAEQQFrIQECQAJAIBggCCAJaiANaiAMaiAKaiALaiAOaiAQaiARaiASaiATaiAUaiAVaiAWaiAXamoiBUGAAk0gBSAHQRFrIgdNcUUEQCAAKAIAIgRBCDYCFCAAIAQoAgARAAAMAQsgBUUNAQtBASAFIAVBAU0bIR9BACEEA0AgAUUEQCAAIAMoAgwRAQBFDQ0gAygCBCEBIAMoAgAhAgsgBCAPaiACLQAAOgAAIAJBAWohAiABQQFrIQEgBEEBaiIEIB9HDQALCyAFIA9qQQBBgAIgBWsQGhogByAFayEHAn8gBkEQcQRAIAZBEGshBCAGQRRPBEAgACgCACIGIAQ2AhggBkEeNgIUIAAgACgCACgCABEAAAsgHSAEQQJ0agwBCyAGQQRPBEAgACgCACIEIAY2AhggBEEeNgIUIAAgACgCACgCABEAAAsgHCAGQQJ0agsiBigCACIERQRAIABBAEGYAiAAKAIEKAIAEQIAIgRBADYClAIgBiAENgIACyAEIBg6ABAgBCAXOgAPIAQgFjoADiAEIBU6AA0gBCAUOgAMIAQgEzoACyAEIBI6AAogBCAROgAJIAQgEDoACCAEIA46AAcgBCALOgAGIAQgCjoABSAEIAw6AAQgBCANOgADIAQgCToAAiAEIAg6AAEgBEEAOgAAIAYoAgBBEWogD0GAAhAcGiAHQRBKDQALCyAHBEAgACgCACIEQQs2AhQgACAEKAIAEQAACyADIAE2AgQgAyACNgIADAoLIAAoAhgiBSgCBCIBRQRAIAAgBSgCDBEBAEUEQEEAIQEMCgsgBSgCBCEBCyAFKAIAIgMtAAAhByABQQFrIgIEfyADQQFqBSAAIAUoAgwRAQBFBEBBACEBDAoLIAUoAgQhAiAFKAIACyIBQQFqIQYgAkEBayEEIAEtAAAgB0EIdHIiAkECayEIIAJBA08EQANAIARFBEAgACAFKAIMEQEARQRAQQAhAQwMCyAFKAIAIQYgBSgCBCEECyAGLQAAIQkgACgCACICQdEANgIUIAIgCUEPcSICNgIYIAAoAgAgCUEEdjYCHCAAQQEgACgCACgCBBEDACACQQRPBEAgACgCACIDIAI2AhggA0EfNgIUIAAgACgCACgCABEAAAsgHiACQQJ0aiICKAIAIgNFBEAgAEEAQYQBIAAoAgQoAgARAgAiA0EANgKAASACIAM2AgALIAZBAWohBiAEQQFrIQRBACEBAkAgCUEPTQRAA0AgBEUEQCAAIAUoAgwRAQBFBEBBACEBDA8LIAUoAgAhBiAFKAIEIQQLIAMgAUECdEGQwgBqKAIAQQF0aiAGLQAAOwEAIAZBAWohBiAEQQFrIQQgAUEBaiIBQcAARw0ADAILAAsDQCAERQRAIAAgBSgCDBEBAEUEQEEAIQEMDgsgBSgCACEGIAUoAgQhBAsgBi0AACEHIARBAWsiBAR/IAZBAWoFIAAgBSgCDBEBAEUEQEEAIQEMDgsgBSgCBCEEIAUoAgALIQIgAyABQQJ0QZDCAGooAgBBAXRqIAItAAAgB0EIdHI7AQAgAkEBaiEGIARBAWshBCABQQFqIgFBwABHDQALC0EAIQcgACgCACgCaEECTgRAA0AgACgCACICIAMgB0EBdGoiAS8BADYCGCACIAEvAQI2AhwgAiABLwEENgIgIAIgAS8BBjYCJCACIAEvAQg2AiggAiABLwEKNgIsIAIgAS8BDDYCMCABLwEOIQEgAkHdADYCFCACIAE2AjQgAEECIAIoAgQRAwAgB0E4SSEhIAdBCGohByAhDQALC0G/f0H/fiAJQRBJGyAIaiIIQQBKDQALCyAIBEAgACgCACICQQs2AhQgACACKAIAEQAACyAFIAQ2AgQgBSAGNgIADAkLIAAoAhgiAygCBCICRQRAIAAgAygCDBEBAEUEQEEAIQEMCQsgAygCBCECCyADKAIAIgEtAAAhBSACQQFrIgQEfyABQQFqBSAAIAMoAgwRAQBFBEBBACEBDAkLIAMoAgQhBCADKAIACyICLQAAIAVBCHRyQQRHBEAgACgCACIBQQs2AhQgACABKAIAEQAACyAEQQFrIgQEfyACQQFqBSAAIAMoAgwRAQBFBEBBACEBDAkLIAMoAgQhBCADKAIACyICLQAAIQEgBEEBayIEBH8gAkEBagUgACADKAIMEQEARQRAQQAhAQwJCyADKAIEIQQgAygCAAsiAi0AACEFIAAoAgAiBkHSADYCFCAGIAUgAUEIdHIiATYCGCAAQQEgACgCACgCBBEDACAAIAE2ApQCIAMgBEEBazYCBCADIAJBAWo2AgAMCAsgACAAKAK4AyABQQJ0akHgBmsoAgARAQANB0EAIQEMBgsgACAAKAK4AygCHBEBAA0GQQAhAQwFCyAAKAIAIgIgATYCGCACQdwANgIUIABBASAAKAIAKAIEEQMADAULIAAoAhgiAygCBCICRQRAIAAgAygCDBEBAEUEQEEAIQEMBQsgAygCBCECCyADKAIAIgEtAAAhBSACQQFrIgQEfyABQQFqBSAAIAMoAgwRAQBFBEBBACEBDAULIAMoAgQhBCADKAIACyICLQAAIQEgACgCACIGQdsANgIUIAYgACgCoAM2AhggACgCACABIAVBCHRyIgFBAmsiBTYCHCAAQQEgACgCACgCBBEDACADIARBAWs2AgQgAyACQQFqNgIAIAFBA0kNBCAAIAUgACgCGCgCEBEDAAwECyAAKAIAIgIgATYCGCACQcQANgIUIAAgACgCACgCABEAAAwDC0EAIQEgAEEAQQAQNA0CDAELQQAhAQsgD0GAAmokACABDwtBACEBIABBADYCoAMMAAsAC5EBAQJ/AkACQCAAKAKgAyIBBH8gAQUgABA5RQ0BIAAoAqADCyAAKAK4AygCFCIBQdABakYEQCAAKAIAIgIgATYCGCACQeIANgIUIABBAyAAKAIAKAIEEQMAIABBADYCoAMMAgsgACABIAAoAhgoAhQRBgANAQtBAA8LIAAoArgDIgAgACgCFEEBakEHcTYCFEEBC9cBAQZ/IAAoAhgiASgCBCICRQRAIAAgASgCDBEBAEUEQEEADwsgASgCBCECCyABKAIAIgMtAAAhBCACQQFrIgUEfyADQQFqBSAAIAEoAgwRAQBFBEBBAA8LIAEoAgQhBSABKAIACyICLQAAIQMgACgCACIGQdsANgIUIAYgACgCoAM2AhggACgCACADIARBCHRyIgNBAmsiBDYCHCAAQQEgACgCACgCBBEDACABIAVBAWs2AgQgASACQQFqNgIAIANBA08EQCAAIAQgACgCGCgCEBEDAAtBAQv7AgELfyAAKAIEIQ4gAkGBlOvcA08EQCAAKAIAQraAgICQATcCFCAAIAAoAgAoAgARAAALQfST69wDIAJBD2pBcHEiBm4hBCAGQfWT69wDTwRAIAAoAgAiAkHGADYCFCAAIAIoAgARAAALIA4gBCADIAMgBEobIgQ2AlAgACABIANBAnQQKCEIIAMEQCAIQQxqIQsgCEEIaiEMIAhBBGohDUEAIQIDQCAAIAEgBCADIAJrIgUgBCAFSRsiBCAGbBA2IQkCQCAERQ0AAkAgBEEDcSIHRQRAIAQhBQwBCyAEQXxxIQVBACEKA0AgCCACQQJ0aiAJNgIAIAYgCWohCSACQQFqIQIgCkEBaiIKIAdHDQALCyAEQQRJDQADQCAIIAJBAnQiCmogCTYCACAKIA1qIAYgCWoiBzYCACAKIAxqIAYgB2oiBzYCACAKIAtqIAYgB2oiBzYCACACQQRqIQIgBiAHaiEJIAVBBGsiBQ0ACwsgAiADSQ0ACwsgCAvTAgEMf0H0k+vcAyACQQd0IgpuIQUgACgCBCEPIApB9ZPr3ANPBEAgACgCACIIQcYANgIUIAAgCCgCABEAAAsgDyAFIAMgAyAFShsiBDYCUCAAIAEgA0ECdBAoIQcgAwRAIAdBDGohDCAHQQhqIQ0gB0EEaiEOIAJBB3QhCQNAIAAgASAKIAQgAyAGayICIAIgBEsbIgRsEDYhAgJAIARFDQACQCAEQQNxIgVFBEAgBCEIDAELIARBfHEhCEEAIQsDQCAHIAZBAnRqIAI2AgAgBkEBaiEGIAIgCWohAiALQQFqIgsgBUcNAAsLIARBBEkNAANAIAcgBkECdCIFaiACNgIAIAUgDmogAiAJaiICNgIAIAUgDWogAiAJaiICNgIAIAUgDGogAiAJaiICNgIAIAIgCWohAiAGQQRqIQYgCEEEayIIDQALCyADIAZLDQALCyAHC/cCAQV/IAAoAgQhCAJ/An8CQCABQQFGBEAgCCgCOCIBRQRADAILA0AgASIHKAIIIgFBgAFJBEAgBygCACIBDQEMAwsLIAFBgAFrIQEgByIGKAIEDAILIAAoAgAiByABNgIYIAdBDjYCFCAAIAAoAgAoAgARAAAgACABQYABECgMAgtBiCdBgP0AIAcbIQEDQCABQZMBaiIJEB8iBkUEQCABQeMASyEKIAFBAXYhASAKDQEgACgCAEK2gICAIDcCFCAAIAAoAgAoAgARAAAMAQsLIAggCCgCTCAJajYCTCAGIAFBgAFqNgIIIAZCADcCAAJAIAdFBEAgCCAGNgI4DAELIAcgBjYCAAtBAAshACAGIAE2AgggBiAAQYABajYCBCAAIAZBDGoiAEEIIABBB3EiAGtBACAAG2pqCyIBQQA2AiggASACNgIgIAEgBTYCDCABIAM2AgggASAENgIEIAFBADYCACABIAgoAkQ2AiwgCCABNgJEIAEL9wIBBX8gACgCBCEIAn8CfwJAIAFBAUYEQCAIKAI4IgFFBEAMAgsDQCABIgcoAggiAUGAAUkEQCAHKAIAIgENAQwDCwsgAUGAAWshASAHIgYoAgQMAgsgACgCACIHIAE2AhggB0EONgIUIAAgACgCACgCABEAACAAIAFBgAEQKAwCC0GIJ0GA/QAgBxshAQNAIAFBkwFqIgkQHyIGRQRAIAFB4wBLIQogAUEBdiEBIAoNASAAKAIAQraAgIAgNwIUIAAgACgCACgCABEAAAwBCwsgCCAIKAJMIAlqNgJMIAYgAUGAAWo2AgggBkIANwIAAkAgB0UEQCAIIAY2AjgMAQsgByAGNgIAC0EACyEAIAYgATYCCCAGIABBgAFqNgIEIAAgBkEMaiIAQQggAEEHcSIAa0EAIAAbamoLIgFBADYCKCABIAI2AiAgASAFNgIMIAEgAzYCCCABIAQ2AgQgAUEANgIAIAEgCCgCSDYCLCAIIAE2AkggAQuqDQERfwJAIAAoAgQiCygCRCIERQRADAELA0AgBCgCAEUEQCAEKAIIIgEgBCgCDGwhBSABIAQoAgRsIgEgA0F/c0sEQCAAKAIAQraAgICgATcCFCAAIAAoAgAoAgARAAALIAEgA2ohAyACIAVqIQILIAQoAiwiBA0ACwsgCygCSCIEBEADQCAEKAIARQRAIAQoAggiASAEKAIMbEEHdCEFIAQoAgQgAWxBB3QiASADQX9zSwRAIAAoAgBCtoCAgLABNwIUIAAgACgCACgCABEAAAsgASADaiEDIAIgBWohAgsgBCgCLCIEDQALCwJAIAJFDQBBgJTr3AMhDCADIAAoAgQoAiwiASALKAJMayIEQQAgASAETxsgAyABGyIBSwRAQQEgASACbiABIAJJGyEMCyALKAJEIgUEQANAIAUoAgBFBEACQCAMIAUoAgQiB0EBayAFKAIMIgJuQQFqTwRAIAUgBzYCEAwBCyAFIAIgDGw2AhAgACgCACICQTE2AhQgACACKAIAEQAAIAVBATYCKCAFKAIQIQcLIAAoAgQhECAFKAIIIgJBgZTr3ANPBEAgACgCAEK2gICAkAE3AhQgACAAKAIAKAIAEQAAC0H0k+vcAyACQQ9qQXBxIghuIQIgCEH1k+vcA08EQCAAKAIAIgRBxgA2AhQgACAEKAIAEQAACyAQIAIgByACIAdIGyICNgJQIABBASAHQQJ0ECghCSAHBEAgCUEMaiENIAlBCGohDiAJQQRqIQ9BACEEA0AgACgCBCEDIAIgByAEayIBIAEgAksbIgIgCGwiBkGBlOvcA08EQCAAKAIAQraAgICAATcCFCAAIAAoAgAoAgARAAALIAZBE2oiCkGBlOvcA08EQCAAKAIAQraAgIAwNwIUIAAgACgCACgCABEAAAsgChAfIgFFBEAgACgCAEK2gICAwAA3AhQgACAAKAIAKAIAEQAACyADIAMoAkwgCmo2AkwgAygCQCEKIAFBADYCCCABIAY2AgQgASAKNgIAIAMgATYCQAJAIAJFDQAgAUEMaiIBQQggAUEHcSIBa0EAIAEbaiEDAkAgAkEDcSIKRQRAIAIhAQwBCyACQXxxIQFBACEGA0AgCSAEQQJ0aiADNgIAIAMgCGohAyAEQQFqIQQgBkEBaiIGIApHDQALCyACQQRJDQADQCAJIARBAnQiBmogAzYCACAGIA9qIAMgCGoiAzYCACAGIA5qIAMgCGoiAzYCACAGIA1qIAMgCGoiAzYCACAEQQRqIQQgAyAIaiEDIAFBBGsiAQ0ACwsgBCAHSQ0ACwsgBSAJNgIAIAsoAlAhAiAFQQA2AiQgBUIANwIYIAUgAjYCFAsgBSgCLCIFDQALCyALKAJIIgVFDQADQCAFKAIARQRAAkAgDCAFKAIEIgdBAWsgBSgCDCICbkEBak8EQCAFIAc2AhAMAQsgBSACIAxsNgIQIAAoAgAiAkExNgIUIAAgAigCABEAACAFQQE2AiggBSgCECEHC0H0k+vcAyAFKAIIQQd0IghuIQIgACgCBCERIAhB9ZPr3ANPBEAgACgCACIEQcYANgIUIAAgBCgCABEAAAsgESACIAcgAiAHSBsiAjYCUCAAQQEgB0ECdBAoIQkgBwRAIAlBDGohDSAJQQhqIQ4gCUEEaiEPQQAhBANAIAAoAgQhAyACIAcgBGsiASABIAJLGyICIAhsIgZBgZTr3ANPBEAgACgCAEK2gICAgAE3AhQgACAAKAIAKAIAEQAACyAGQRNyIgpBgZTr3ANPBEAgACgCAEK2gICAMDcCFCAAIAAoAgAoAgARAAALIAoQHyIBRQRAIAAoAgBCtoCAgMAANwIUIAAgACgCACgCABEAAAsgAyADKAJMIApqNgJMIAMoAkAhCiABQQA2AgggASAGNgIEIAEgCjYCACADIAE2AkACQCACRQ0AIAFBDGoiAUEIIAFBB3EiAWtBACABG2ohAwJAIAJBA3EiCkUEQCACIQEMAQsgAkF8cSEBQQAhBgNAIAkgBEECdGogAzYCACAEQQFqIQQgAyAIaiEDIAZBAWoiBiAKRw0ACwsgAkEESQ0AA0AgCSAEQQJ0IgZqIAM2AgAgBiAPaiADIAhqIgM2AgAgBiAOaiADIAhqIgM2AgAgBiANaiADIAhqIgM2AgAgAyAIaiEDIARBBGohBCABQQRrIgENAAsLIAQgB0kNAAsLIAUgCTYCACALKAJQIQIgBUEANgIkIAVCADcCGCAFIAI2AhQLIAUoAiwiBQ0ACwsL9wYBCH8CQAJAIAIgA2oiCCABKAIESw0AIAEoAgwgA0kNACABKAIADQELIAAoAgAiA0EWNgIUIAAgAygCABEAAAsCQCACIAEoAhgiA08EQCAIIAEoAhAgA2pNDQELIAEoAihFBEAgACgCACIDQcUANgIUIAAgAygCABEAAAsCQCABKAIkRQRAIAEoAhAhBQwBCwJAIAEoAhAiBUEATA0AIAFBMGohCiABKAIIIgsgASgCGGwhByABKAIUIQZBACEDA0AgBiAFIANrIgkgBiAJSBsiBiABKAIcIAEoAhggA2oiCWsiDCAGIAxIGyIGIAEoAgQgCWsiCSAGIAlIGyIGQQBMDQEgACAKIAEoAgAgA0ECdGooAgAgByAGIAtsIgUgASgCNBEEACAFIAdqIQcgASgCFCIGIANqIgMgASgCECIFSA0ACwsgAUEANgIkC0EAIQMgASACIAggBWsiBkEAIAZBAEobIAEoAhggAkkbIgY2AhggBUEATA0AIAFBMGohCiABKAIIIgsgBmwhByABKAIUIQYDQCAGIAUgA2siBSAFIAZKGyIFIAEoAhwgASgCGCADaiIGayIJIAUgCUgbIgUgASgCBCAGayIGIAUgBkgbIgVBAEwNASAAIAogASgCACADQQJ0aigCACAHIAUgC2wiBSABKAIwEQQAIAUgB2ohByABKAIUIgYgA2oiAyABKAIQIgVIDQALCwJAAkACQCABKAIcIgUgCE8NAAJAAkACQAJAIAIgBUsEQCAERQ0BIAAoAgAiA0EWNgIUIAAgAygCABEAACACIQUMAwsgBA0CDAELIAIhBQsgASgCIA0BIAAoAgAiA0EWNgIUIAAgAygCABEAAAwECyABIAg2AhwgASgCIEUNAgsgBSABKAIYIgBrIgMgCCAAayIHTw0AIAEoAgghACAIIAVrQQNxIgoEQEEAIQYDQCABKAIAIANBAnRqKAIAQQAgABAaGiADQQFqIQMgBkEBaiIGIApHDQALCyAFIAhrQXxLDQADQCADQQJ0IgUgASgCAGooAgBBACAAEBoaIAEoAgAgBWooAgRBACAAEBoaIAEoAgAgBWooAghBACAAEBoaIAEoAgAgBWooAgxBACAAEBoaIANBBGoiAyAHRw0ACwsgBEUNAQsgAUEBNgIkCyABKAIAIAIgASgCGGtBAnRqC4AHAQh/AkACQCACIANqIgggASgCBEsNACABKAIMIANJDQAgASgCAA0BCyAAKAIAIgNBFjYCFCAAIAMoAgARAAALAkAgAiABKAIYIgNPBEAgCCABKAIQIANqTQ0BCyABKAIoRQRAIAAoAgAiA0HFADYCFCAAIAMoAgARAAALAkAgASgCJEUEQCABKAIQIQUMAQsCQCABKAIQIgVBAEwNACABQTBqIQogASgCCEEHdCILIAEoAhhsIQcgASgCFCEGQQAhAwNAIAYgBSADayIJIAYgCUgbIgYgASgCHCABKAIYIANqIglrIgwgBiAMSBsiBiABKAIEIAlrIgkgBiAJSBsiBkEATA0BIAAgCiABKAIAIANBAnRqKAIAIAcgBiALbCIFIAEoAjQRBAAgBSAHaiEHIAEoAhQiBiADaiIDIAEoAhAiBUgNAAsLIAFBADYCJAtBACEDIAEgAiAIIAVrIgZBACAGQQBKGyABKAIYIAJJGyIGNgIYIAVBAEwNACABQTBqIQogASgCCEEHdCILIAZsIQcgASgCFCEGA0AgBiAFIANrIgUgBSAGShsiBSABKAIcIAEoAhggA2oiBmsiCSAFIAlIGyIFIAEoAgQgBmsiBiAFIAZIGyIFQQBMDQEgACAKIAEoAgAgA0ECdGooAgAgByAFIAtsIgUgASgCMBEEACAFIAdqIQcgASgCFCIGIANqIgMgASgCECIFSA0ACwsCQAJAAkAgASgCHCIFIAhPDQACQAJAAkACQCACIAVLBEAgBEUNASAAKAIAIgNBFjYCFCAAIAMoAgARAAAgAiEFDAMLIAQNAgwBCyACIQULIAEoAiANASAAKAIAIgNBFjYCFCAAIAMoAgARAAAMBAsgASAINgIcIAEoAiBFDQILIAUgASgCGCIAayIDIAggAGsiB08NACABKAIIQQd0IQAgCCAFa0EDcSIKBEBBACEGA0AgASgCACADQQJ0aigCAEEAIAAQGhogA0EBaiEDIAZBAWoiBiAKRw0ACwsgBSAIa0F8Sw0AA0AgA0ECdCIFIAEoAgBqKAIAQQAgABAaGiABKAIAIAVqKAIEQQAgABAaGiABKAIAIAVqKAIIQQAgABAaGiABKAIAIAVqKAIMQQAgABAaGiADQQRqIgMgB0cNAAsLIARFDQELIAFBATYCJAsgASgCACACIAEoAhhrQQJ0agutAQEHfyAAQQEQQiAAKAIEIgIoAjwhASACQQA2AjwgAQRAA0AgASgCACEGIAEoAgghBCABKAIEIQUgARAiIAIgAigCTCAEIAVqa0EMazYCTCAGIgENAAsLIAIoAjQhASACQQA2AjQgAQRAA0AgASgCACEHIAEoAgghBCABKAIEIQUgARAiIAIgAigCTCAEIAVqa0EMazYCTCAHIgENAAsLIAAoAgQQIiAAQQA2AgQLWwEBfyAAKAIAIQIgAUEASARAAkAgAigCbCIBBEAgAigCaEEDSA0BCyAAIAIoAggRAAAgAigCbCEBCyACIAFBAWo2AmwPCyABIAIoAmhMBEAgACACKAIIEQAACwtTAQJ/IwBB4AFrIgEkACAAIAFBEGoiAiAAKAIAKAIMEQMAIAEgAjYCACMAQRBrIgAkACAAIAE2AgxBkNsAQfMzIAEQVSAAQRBqJAAgAUHgAWokAAuRAgIEfwN+IwBBMGsiAyQAAkACQAJ/AkAgACgCACICKAIUIgBBAEwNACAAIAIoAnRKDQAgAigCcCAAQQJ0agwBCyACKAJ4IgRFDQEgACACKAJ8IgVIDQEgACACKAKAAUoNASAEIAAgBWtBAnRqCygCACIEDQELIAIgADYCGCACKAJwKAIAIQQLIAQhAAJAAkADQCAALQAAIgVFDQEgAEEBaiEAIAVBJUcNAAsgAC0AAEHzAEcNACADIAJBGGo2AiAgASAEIANBIGoQXAwBCyACKQIYIQYgAikCICEHIAIpAighCCADIAIpAjA3AxggAyAINwMQIAMgBzcDCCADIAY3AwAgASAEIAMQXAsgA0EwaiQACxUAIAAoAgAiAEEANgIUIABBADYCbAvozgEDJ38IfgF8IwBBgAVrIgMkACABKAIAISMgASwACyEkIANCADcCdCADQQQ2AhwgA0EFNgIYIANBBjYCFCADQQc2AhAgA0EINgIMIANCADcCiAEgA0L/ADcCgAEgA0GwNDYCfCADQQA2AiAgA0GYAWpBAEHIAxAaGiADQQE2AqABIANBADYClAEgAyADQQxqNgKQASADQQA2AugEAkAgAwJ/AkACQAJAAkACQAJAQdQAEB8iBQRAIAVBCTYCKCAFQQo2AiQgBUELNgIgIAVBDDYCHCAFQQ02AhggBUEONgIUIAVBDzYCECAFQRA2AgwgBUERNgIIIAVBEjYCBCAFQRM2AgAgBUIANwI0IAVCgICAgIDAss07NwIsIAVB1AA2AkwgBUIANwI8IAVCADcCRCADIAU2ApQBQfQrIQYCQEGAgoQIQfQrKAIAIgRrIARyQYCBgoR4cUGAgYKEeEcNAANAQYCChAggBEG9+vTpA3NrIARyQYCBgoR4cUGAgYKEeEcNASAGKAIEIQQgBkEEaiEGIARBgIKECCAEa3JBgIGChHhxQYCBgoR4Rg0ACwsDQCAGIgQtAAAiCEE9RwRAIARBAWohBiAIDQELCyAEQfQrRgR/QQAFAkAgBEH0K2siCUH0K2otAAANAEHc4AAoAgAiBkUNACAGKAIAIgRFDQADQAJAAn9BACELQQAgCSIORQ0AGkHKACEQIAQhCAJ/AkADQCAQIAgtAAAiE0cNASATRQ0BIA5BAWsiDkUNASAIQQFqIQggC0H1K2otAAAhECALQQFqIgtBB0cNAAsgBC0AByETQQAMAQsgEAsgE2sLRQRAIAQgCWoiBC0AAEE9Rg0BCyAGKAIEIQQgBkEEaiEGIAQNAQwCCwsgBEEBaiEMCyAMCyIGBEAgA0H4ADoA5AQgAyADQegEajYCACADIANB5ARqNgIEIwBBEGsiISQAICEgAzYCDEEAIRMjAEGQAWsiBCQAIARBAEGQARAaIgdBfzYCTCAHIAY2AiwgB0H/ADYCICAHIAY2AlQgAyEWQQAhBiMAQbACayIUJAAgBygCTBoCQAJAIAcoAgRFBEAgBxBUGiAHKAIERQ0BC0GeKyEIQSUhDAJAAkACQAJAAkADQAJAAkAgDEH/AXEiBEEgRiAEQQlrQQVJcgRAA0AgCCIMQQFqIQggDC0AASIEQSBGIARBCWtBBUlyDQALIAdCABAnA0ACfyAHKAIEIgQgBygCaEcEQCAHIARBAWo2AgQgBC0AAAwBCyAHEBsLIgRBIEYgBEEJa0EFSXINAAsgBygCBCEIIAcpA3BCAFkEQCAHIAhBAWsiCDYCBAsgCCAHKAIsa6wgBykDeCAwfHwhMAwBCwJ/AkACQCAEQSVGBEAgCC0AASIEQSpGDQEgBEElRw0CCyAHQgAQJwJAIAgtAABBJUYEQANAAn8gBygCBCIEIAcoAmhHBEAgByAEQQFqNgIEIAQtAAAMAQsgBxAbCyIMIgRBIEYgBEEJa0EFSXINAAsgCEEBaiEIDAELIAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAAIQwMAQsgBxAbIQwLIAgtAAAgDEcEQCAHKQNwQgBZBEAgByAHKAIEQQFrNgIECyAMQQBODQ0gGw0NDAwLIAcoAgQgBygCLGusIAcpA3ggMHx8ITAgCCEMDAMLQQAhECAIQQJqDAELAkAgBEEwayIEQQlLDQAgCC0AAkEkRw0AIwBBEGsiDCAWNgIMIAwgFiAEQQJ0akEEayAWIARBAUsbIgRBBGo2AgggBCgCACEQIAhBA2oMAQsgFigCACEQIBZBBGohFiAIQQFqCyEMQQAhDkEAIQkgDC0AACIIQTBrQQlNBEADQCAJQQpsIAhqQTBrIQkgDC0AASEIIAxBAWohDCAIQTBrQQpJDQALCyAIQe0ARwR/IAwFQQAhEyAQQQBHIQ4gDC0AASEIQQAhBiAMQQFqCyINQQFqIQxBAyEEIA4hCwJAAkACQAJAAkACQCAIQf8BcUHBAGsOOgQMBAwEBAQMDAwMAwwMDAwMDAQMDAwMBAwMBAwMDAwMBAwEBAQEBAAEBQwBDAQEBAwMBAIEDAwEDAIMCyANQQJqIAwgDS0AAUHoAEYiBBshDEF+QX8gBBshBAwECyANQQJqIAwgDS0AAUHsAEYiBBshDEEDQQEgBBshBAwDC0EBIQQMAgtBAiEEDAELQQAhBCANIQwLQQEgBCAMLQAAIgRBL3FBA0YiCBshHQJAIARBIHIgBCAIGyIPQdsARg0AAkAgD0HuAEcEQCAPQeMARw0BQQEgCSAJQQFMGyEJDAILIBAgHSAwEE4MAgsgB0IAECcDQAJ/IAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAADAELIAcQGwsiBEEgRiAEQQlrQQVJcg0ACyAHKAIEIQggBykDcEIAWQRAIAcgCEEBayIINgIECyAIIAcoAixrrCAHKQN4IDB8fCEwCyAHIAmsIisQJwJAIAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBAwBCyAHEBtBAEgNBgsgBykDcEIAWQRAIAcgBygCBEEBazYCBAtBECEIAkACQAJAAkACQAJAAkACQAJAAkAgD0HYAGsOIQYJCQIJCQkJCQEJAgQBAQEJBQkJCQkJAwYJCQIJBAkJBgALIA9BwQBrIgRBBksNCEEBIAR0QfEAcUUNCAtBACERQQAhC0IAIStCACEqQQAhDUEAIRJCACEtQgAhLEEAIQ9BACEVQQAhF0IAIS5CACEvQgAhMSMAQTBrIhgkAAJAAkAgHUECSw0AIB1BAnQiBEH81ABqKAIAIR4gBEHw1ABqKAIAIRoDQAJ/IAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAADAELIAcQGwsiCEEgRiAIQQlrQQVJcg0AC0EBIQkCQAJAIAhBK2sOAwABAAELQX9BASAIQS1GGyEJIAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAAIQgMAQsgBxAbIQgLAkACQAJAAkACQCAIQV9xIgRBzgBGBEADQCALQQJGDQMCfyAHKAIEIgQgBygCaEcEQCAHIARBAWo2AgQgBC0AAAwBCyAHEBsLIQggC0HmGmohJSALQQFqIQsgJSwAACAIQSByRg0ADAILAAsgBEHJAEcNAgJAA0AgCyIEQQdGDQECfyAHKAIEIgggBygCaEcEQCAHIAhBAWo2AgQgCC0AAAwBCyAHEBsLIQggBEEBaiELIARBgQhqLAAAIAhBIHJGDQALIARBB0YNACAEQQJHDQEgBykDcEIAUw0AIAcgBygCBEEBazYCBAsjAEEQayIIJAAgCbJDAACAf5S8IglB////A3EhBAJ/IAlBF3YiC0H/AXEiDQRAIA1B/wFHBEAgBK1CGYYhKyALQf8BcUGA/wBqDAILIAStQhmGIStB//8BDAELQQAgBEUNABogCCAErUIAIARnIgRB0QBqECEgCCkDCEKAgICAgIDAAIUhKyAIKQMAISpBif8AIARrCyEEIBggKjcDICAYIAStQjCGIAlBH3atQj+GhCArhDcDKCAIQRBqJAAgGCkDKCErIBgpAyAhKgwGCyALDgQBAgIAAgsCfyAHKAIEIgQgBygCaEcEQCAHIARBAWo2AgQgBC0AAAwBCyAHEBsLQShHDQIDQAJ/IAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAADAELIAcQGwsiBEEwa0EKSQ0AIARBwQBrQRpJDQAgBEHfAEYNACAEQeEAa0EaSQ0AC0KAgICAgIDg//8AISsgBEEpRg0EDAELAkAgCEEwRw0AAn8gBygCBCIEIAcoAmhHBEAgByAEQQFqNgIEIAQtAAAMAQsgBxAbC0FfcUHYAEYEQCMAQbADayIEJAACfyAHKAIEIgggBygCaEcEQCAHIAhBAWo2AgQgCC0AAAwBCyAHEBsLIQgCQAJ/A0AgCEEwRwRAAkAgCEEuRw0EIAcoAgQiCCAHKAJoRg0AIAcgCEEBajYCBCAILQAADAMLBSAHKAIEIgggBygCaEcEf0EBIQ8gByAIQQFqNgIEIAgtAAAFQQEhDyAHEBsLIQgMAQsLIAcQGwshCEEBIREgCEEwRw0AA0AgLEIBfSEsAn8gBygCBCIIIAcoAmhHBEAgByAIQQFqNgIEIAgtAAAMAQsgBxAbCyIIQTBGDQALQQEhDwtCgICAgICAwP8/ISoCQANAAkACQAJAIAgiC0EwayIKQQpJDQAgCEEuRyISIAhBIHIiC0HhAGtBBUtxDQQgEg0AIBENAkEBIREgKyEsDAELIAtB1wBrIAogCEE5ShshCAJAICtCB1cEQCAIIA1BBHRqIQ0MAQsgK0IcWARAIARBMGogCBAkIARBIGogLyAqQgBCgICAgICAwP0/EB0gBEEQaiAEKQMwIAQpAzggBCkDICIvIAQpAygiKhAdIAQgBCkDECAEKQMYIC0gLhAjIAQpAwghLiAEKQMAIS0MAQsgCEUNACAVDQAgBEHQAGogLyAqQgBCgICAgICAgP8/EB0gBEFAayAEKQNQIAQpA1ggLSAuECMgBCkDSCEuQQEhFSAEKQNAIS0LICtCAXwhK0EBIQ8LIAcoAgQiCCAHKAJoRwR/IAcgCEEBajYCBCAILQAABSAHEBsLIQgMAQsLQS4hCAsCfiAPRQRAIAcpA3BCAFkEQCAHIAcoAgRBAWs2AgQLIAdCABAnIARB4ABqRAAAAAAAAAAAIAm3phAmIAQpA2AhLSAEKQNoDAELICtCB1cEQCArISoDQCANQQR0IQ0gKkIBfCIqQghSDQALCwJAIAhBX3FB0ABGBEAgBxBNIipCgICAgICAgICAf1INAUIAIS0gB0IAECdCAAwCC0IAISogBykDcEIAUw0AIAcgBygCBEEBazYCBAsgDUUEQCAEQfAAakQAAAAAAAAAACAJt6YQJiAEKQNwIS0gBCkDeAwBCyAsICsgERtCAoYgKnxCIH0iK0EAIB5rrVUEQEGw3ABBxAA2AgAgBEGgAWogCRAkIARBkAFqIAQpA6ABIAQpA6gBQn9C////////v///ABAdIARBgAFqIAQpA5ABIAQpA5gBQn9C////////v///ABAdIAQpA4ABIS0gBCkDiAEMAQsgHkHiAWusICtXBEAgDUEATgRAA0AgBEGgA2ogLSAuQgBCgICAgICAwP+/fxAjIC0gLkKAgICAgICA/z8QWSEIIARBkANqIC0gLiAEKQOgAyAtIAhBAE4iCBsgBCkDqAMgLiAIGxAjICtCAX0hKyAEKQOYAyEuIAQpA5ADIS0gDUEBdCAIciINQQBODQALCwJ+ICsgHqx9QiB8IiqnIghBACAIQQBKGyAaICogGq1TGyIIQfEATgRAIARBgANqIAkQJCAEKQOIAyEsIAQpA4ADIS9CAAwBCyAEQeACakGQASAIaxA1ECYgBEHQAmogCRAkIAQpA9ACIS8gBEHwAmogBCkD4AIgBCkD6AIgBCkD2AIiLBBMIAQpA/gCITEgBCkD8AILISogBEHAAmogDSANQQFxRSAtIC5CAEIAECtBAEcgCEEgSHFxIghyEC4gBEGwAmogLyAsIAQpA8ACIAQpA8gCEB0gBEGQAmogBCkDsAIgBCkDuAIgKiAxECMgBEGgAmogLyAsQgAgLSAIG0IAIC4gCBsQHSAEQYACaiAEKQOgAiAEKQOoAiAEKQOQAiAEKQOYAhAjIARB8AFqIAQpA4ACIAQpA4gCICogMRA3IAQpA/ABIiogBCkD+AEiLEIAQgAQK0UEQEGw3ABBxAA2AgALIARB4AFqICogLCArpxBLIAQpA+ABIS0gBCkD6AEMAQtBsNwAQcQANgIAIARB0AFqIAkQJCAEQcABaiAEKQPQASAEKQPYAUIAQoCAgICAgMAAEB0gBEGwAWogBCkDwAEgBCkDyAFCAEKAgICAgIDAABAdIAQpA7ABIS0gBCkDuAELISsgGCAtNwMAIBggKzcDCCAEQbADaiQAIBgpAwghKyAYKQMAISoMBQsgBykDcEIAUw0AIAcgBygCBEEBazYCBAsgCCEPIAkhEUEAIQkjAEGQxgBrIgokAEEAIB5rIgsgGmshIgJAAn8DQCAPQTBHBEACQCAPQS5HDQQgBygCBCIEIAcoAmhGDQAgByAEQQFqNgIEIAQtAAAMAwsFIAcoAgQiBCAHKAJoRwR/IAcgBEEBajYCBCAELQAABSAHEBsLIQ9BASEJDAELCyAHEBsLIQ9BASEVIA9BMEcNAANAICtCAX0hKwJ/IAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAADAELIAcQGwsiD0EwRg0AC0EBIQkLIApBADYCkAYgD0EwayEIAn4CQAJAAkACQAJAAkACQCAPQS5GIgQNACAIQQlNDQAMAQsDQAJAIARBAXEEQCAVRQRAICohK0EBIRUMAgsgCUUhBAwECyAqQgF8ISogDUH8D0wEQCAXICqnIA9BMEYbIRcgCkGQBmogDUECdGoiBCASBH8gDyAEKAIAQQpsakEwawUgCAs2AgBBASEJQQAgEkEBaiIEIARBCUYiBBshEiAEIA1qIQ0MAQsgD0EwRg0AIAogCigCgEZBAXI2AoBGQdyPASEXCwJ/IAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAADAELIAcQGwsiD0EwayEIIA9BLkYiBA0AIAhBCkkNAAsLICsgKiAVGyErAkAgCUUNACAPQV9xQcUARw0AIAcQTSIsQoCAgICAgICAgH9SDQMMBQsgCUUhBCAPQQBIDQELIAcpA3BCAFMNACAHIAcoAgRBAWs2AgQLIARFDQFBsNwAQRw2AgAMAgsgKyAsfCErCyAKKAKQBiIERQRAIApEAAAAAAAAAAAgEbemECYgCikDCCEqIAopAwAMAgsCQCAqQglVDQAgKiArUg0AIBpBHkxBACAEIBp2Gw0AIApBMGogERAkIApBIGogBBAuIApBEGogCikDMCAKKQM4IAopAyAgCikDKBAdIAopAxghKiAKKQMQDAILIAtBAXatICtTBEBBsNwAQcQANgIAIApB4ABqIBEQJCAKQdAAaiAKKQNgIAopA2hCf0L///////+///8AEB0gCkFAayAKKQNQIAopA1hCf0L///////+///8AEB0gCikDSCEqIAopA0AMAgsgHkHiAWusICtVBEBBsNwAQcQANgIAIApBkAFqIBEQJCAKQYABaiAKKQOQASAKKQOYAUIAQoCAgICAgMAAEB0gCkHwAGogCikDgAEgCikDiAFCAEKAgICAgIDAABAdIAopA3ghKiAKKQNwDAILIBIEQCASQQhMBEAgCkGQBmogDUECdGoiBCgCACELA0AgC0EKbCELIBJBAWoiEkEJRw0ACyAEIAs2AgALIA1BAWohDQsgK6chEgJAIBdBCU4NACASIBdIDQAgEkERSg0AIBJBCUYEQCAKQcABaiARECQgCkGwAWogCigCkAYQLiAKQaABaiAKKQPAASAKKQPIASAKKQOwASAKKQO4ARAdIAopA6gBISogCikDoAEMAwsgEkEITARAIApBkAJqIBEQJCAKQYACaiAKKAKQBhAuIApB8AFqIAopA5ACIAopA5gCIAopA4ACIAopA4gCEB0gCkHgAWpBACASa0ECdEHw1ABqKAIAECQgCkHQAWogCikD8AEgCikD+AEgCikD4AEgCikD6AEQWCAKKQPYASEqIAopA9ABDAMLIBogEkF9bGpBG2oiBEEeTEEAIAooApAGIgggBHYbDQAgCkHgAmogERAkIApB0AJqIAgQLiAKQcACaiAKKQPgAiAKKQPoAiAKKQPQAiAKKQPYAhAdIApBsAJqIBJBAnRBqNQAaigCABAkIApBoAJqIAopA8ACIAopA8gCIAopA7ACIAopA7gCEB0gCikDqAIhKiAKKQOgAgwCCwNAIApBkAZqIA0iBEEBayINQQJ0aigCAEUNAAtBACEXAkAgEkEJbyIJRQRAQQAhCAwBC0EAIQggCUEJaiAJIBJBAEgbIQkCQCAERQRAQQAhBAwBC0GAlOvcA0EAIAlrQQJ0QfDUAGooAgAiDW0hFUEAIQ9BACELA0AgCkGQBmoiHCALQQJ0aiIZIA8gGSgCACIZIA1uIh9qIg82AgAgCEEBakH/D3EgCCAPRSAIIAtGcSIPGyEIIBJBCWsgEiAPGyESIBUgGSANIB9sa2whDyALQQFqIgsgBEcNAAsgD0UNACAEQQJ0IBxqIA82AgAgBEEBaiEECyASIAlrQQlqIRILA0AgCkGQBmogCEECdGohHCASQSRIIRkCQANAAkAgGQ0AIBJBJEcNAiAcKAIAQdDp+QRNDQBBJCESDAILIARB/w9qIQ1BACEJA0AgBCELIAmtIApBkAZqIA1B/w9xIhVBAnRqIgQ1AgBCHYZ8IitCgZTr3ANUBH9BAAUgK0KAlOvcA4AiKkKA7JSjfH4gK3whKyAqpwshCSAEICunIgQ2AgAgCyALIAsgFSAEGyAIIBVGGyAVIAtBAWtB/w9xIg9HGyEEIBVBAWshDSAIIBVHDQALIBdBHWshFyALIQQgCUUNAAsgCEEBa0H/D3EiCCAERgRAIApBkAZqIgsgBEH+D2pB/w9xQQJ0aiIEIAQoAgAgD0ECdCALaigCAHI2AgAgDyEECyASQQlqIRIgCkGQBmogCEECdGogCTYCAAwBCwsCQANAIARBAWpB/w9xIQ0gCkGQBmogBEEBa0H/D3FBAnRqIRUDQEEJQQEgEkEtShshDyASQSRHIRwCQANAIAghCUEAIQsCQANAAkAgCSALakH/D3EiCCAERg0AIApBkAZqIAhBAnRqKAIAIgggC0ECdEHA1ABqKAIAIhlJDQAgCCAZSw0CIAtBAWoiC0EERw0BCwsgHA0AQQAhC0IAIStCACEqA0AgBCAJIAtqQf8PcSIIRgRAIARBAWpB/w9xIgRBAnQgCmpBADYCjAYLIApBgAZqIApBkAZqIAhBAnRqKAIAEC4gCkHwBWogKyAqQgBCgICAgOWat47AABAdIApB4AVqIAopA/AFIAopA/gFIAopA4AGIAopA4gGECMgCikD6AUhKiAKKQPgBSErIAtBAWoiC0EERw0ACyAKQdAFaiARECQgCkHABWogKyAqIAopA9AFIAopA9gFEB0gCikDyAUhKkIAISsgCikDwAUhLSAXQfEAaiIPIB5rIgtBACALQQBKGyAaIAsgGkgiEhsiCEHwAEwNAkIAISwMBQsgDyAXaiEXIAkgBCIIRg0AC0GAlOvcAyAPdiEcQX8gD3RBf3MhGUEAIQsgCSEIA0AgCkGQBmoiHyAJQQJ0aiIgIAsgICgCACIgIA92aiILNgIAIAhBAWpB/w9xIAggC0UgCCAJRnEiCxshCCASQQlrIBIgCxshEiAZICBxIBxsIQsgCUEBakH/D3EiCSAERw0ACyALRQ0BIAggDUcEQCAEQQJ0IB9qIAs2AgAgDSEEDAMLIBUgFSgCAEEBcjYCAAwBCwsLIApBkAVqQeEBIAhrEDUQJiAKQbAFaiAKKQOQBSAKKQOYBSAqEEwgCikDuAUhLyAKKQOwBSEuIApBgAVqQfEAIAhrEDUQJiAKQaAFaiAtICogCikDgAUgCikDiAUQPCAKQfAEaiAtICogCikDoAUiKyAKKQOoBSIsEDcgCkHgBGogLiAvIAopA/AEIAopA/gEECMgCikD6AQhKiAKKQPgBCEtCwJAIAlBBGpB/w9xIg0gBEYNAAJAIApBkAZqIA1BAnRqKAIAIg1B/8m17gFNBEAgDUUEQCAJQQVqQf8PcSAERg0CCyAKQfADaiARt0QAAAAAAADQP6IQJiAKQeADaiArICwgCikD8AMgCikD+AMQIyAKKQPoAyEsIAopA+ADISsMAQsgDUGAyrXuAUcEQCAKQdAEaiARt0QAAAAAAADoP6IQJiAKQcAEaiArICwgCikD0AQgCikD2AQQIyAKKQPIBCEsIAopA8AEISsMAQsgEbchMiAEIAlBBWpB/w9xRgRAIApBkARqIDJEAAAAAAAA4D+iECYgCkGABGogKyAsIAopA5AEIAopA5gEECMgCikDiAQhLCAKKQOABCErDAELIApBsARqIDJEAAAAAAAA6D+iECYgCkGgBGogKyAsIAopA7AEIAopA7gEECMgCikDqAQhLCAKKQOgBCErCyAIQe8ASg0AIApB0ANqICsgLEIAQoCAgICAgMD/PxA8IAopA9ADIAopA9gDQgBCABArDQAgCkHAA2ogKyAsQgBCgICAgICAwP8/ECMgCikDyAMhLCAKKQPAAyErCyAKQbADaiAtICogKyAsECMgCkGgA2ogCikDsAMgCikDuAMgLiAvEDcgCikDqAMhKiAKKQOgAyEtAkAgIkECayAPQf////8HcU4NACAKICpC////////////AIM3A5gDIAogLTcDkAMgCkGAA2ogLSAqQgBCgICAgICAgP8/EB0gCikDkAMgCikDmANCgICAgICAgLjAABBZIQQgCikDiAMgKiAEQQBOIgkbISogCikDgAMgLSAJGyEtICsgLEIAQgAQKyENICIgCSAXaiIXQe4Aak4EQCASIAggC0cgBEEASHJxIA1BAEdxRQ0BC0Gw3ABBxAA2AgALIApB8AJqIC0gKiAXEEsgCikD+AIhKiAKKQPwAgwBCyAHQgAQJ0IAISpCAAshKyAYICo3AxggGCArNwMQIApBkMYAaiQAIBgpAxghKyAYKQMQISoMAwsgBykDcEIAWQRAIAcgBygCBEEBazYCBAtBsNwAQRw2AgAgB0IAECcMAQtCgICAgICA4P//ACErIAcpA3BCAFMNASAHIAcoAgRBAWs2AgQMAQtCACErCyAUICo3AwggFCArNwMQIBhBMGokACAHKQN4QgAgBygCBCAHKAIsa6x9Ug0FDAwLIA9BEHJB8wBGBEAgFEEgakF/QYECEBoaIBRBADoAICAPQfMARw0GIBRBADoAQSAUQQA6AC4gFEEANgEqDAYLIBRBIGogDC0AASIEQd4ARiIIQYECEBoaIBRBADoAICAMQQJqIAxBAWogCBshCwJ/AkACQCAMQQJBASAIG2otAAAiDEEtRwRAIAxB3QBGDQEgBEHeAEchESALDAMLIBQgBEHeAEciEToATgwBCyAUIARB3gBHIhE6AH4LIAtBAWoLIQwDQAJAIAwtAAAiBEEtRwRAIARFDQ8gBEHdAEYNCAwBC0EtIQQgDC0AASILRQ0AIAtB3QBGDQAgDEEBaiENAkAgCyAMQQFrLQAAIghNBEAgCyEEDAELA0AgCEEBaiIIIBRBIGpqIBE6AAAgCCANLQAAIgRJDQALCyANIQwLIAQgFGogEToAISAMQQFqIQwMAAsAC0EIIQgMAgtBCiEIDAELQQAhCAtCACErQQAhCUEAIQtBACENIwBBEGsiESQAAkAgCEEBRgRAQbDcAEEcNgIADAELA0ACfyAHKAIEIgQgBygCaEcEQCAHIARBAWo2AgQgBC0AAAwBCyAHEBsLIgRBIEYgBEEJa0EFSXINAAsCQAJAIARBK2sOAwABAAELQX9BACAEQS1GGyENIAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAAIQQMAQsgBxAbIQQLAkACQAJAAkACQCAIQQBHIAhBEEdxDQAgBEEwRw0AAn8gBygCBCIEIAcoAmhHBEAgByAEQQFqNgIEIAQtAAAMAQsgBxAbCyIEQV9xQdgARgRAQRAhCAJ/IAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAADAELIAcQGwsiBEGx0gBqLQAAQRBJDQMgBykDcEIAWQRAIAcgBygCBEEBazYCBAsgB0IAECcMBgsgCA0BQQghCAwCCyAIQQogCBsiCCAEQbHSAGotAABLDQAgBykDcEIAWQRAIAcgBygCBEEBazYCBAsgB0IAECdBsNwAQRw2AgAMBAsgCEEKRw0AIARBMGsiCUEJTQRAQQAhBANAIARBCmwgCWoiBEGZs+bMAUkCfyAHKAIEIgggBygCaEcEQCAHIAhBAWo2AgQgCC0AAAwBCyAHEBsLQTBrIglBCU1xDQALIAStISsLIAlBCUsNAiArQgp+ISogCa0hLANAAn8gBygCBCIEIAcoAmhHBEAgByAEQQFqNgIEIAQtAAAMAQsgBxAbCyIEQTBrIglBCU0gKiAsfCIrQpqz5syZs+bMGVRxRQRAQQohCCAJQQlNDQMMBAsgK0IKfiIqIAmtIixCf4VYDQALQQohCAwBCyAIIAhBAWtxBEAgBEGx0gBqLQAAIgsgCEkEQANAIAsgCCAJbGoiCUHH4/E4SQJ/IAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAADAELIAcQGwsiBEGx0gBqLQAAIgsgCElxDQALIAmtISsLIAggC00NASAIrSEqA0AgKiArfiIsIAutQv8BgyItQn+FVg0CICwgLXwhKyAIAn8gBygCBCIEIAcoAmhHBEAgByAEQQFqNgIEIAQtAAAMAQsgBxAbCyIEQbHSAGotAAAiC00NAiARICpCACArQgAQICARKQMIUA0ACwwBCyAIQRdsQQV2QQdxQbHUAGosAAAhCiAEQbHSAGotAAAiCSAISQRAA0AgCSALIAp0ciILQYCAgMAASQJ/IAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAADAELIAcQGwsiBEGx0gBqLQAAIgkgCElxDQALIAutISsLIAggCU0NAEJ/IAqtIiqIIiwgK1QNAANAIAmtQv8BgyArICqGhCErIAgCfyAHKAIEIgQgBygCaEcEQCAHIARBAWo2AgQgBC0AAAwBCyAHEBsLIgRBsdIAai0AACIJTQ0BICsgLFgNAAsLIAggBEGx0gBqLQAATQ0AA0AgCAJ/IAcoAgQiBCAHKAJoRwRAIAcgBEEBajYCBCAELQAADAELIAcQGwtBsdIAai0AAEsNAAtBsNwAQcQANgIAQn8hK0EAIQ0LIAcpA3BCAFkEQCAHIAcoAgRBAWs2AgQLICsgDawiKoUgKn0hKwsgEUEQaiQAICshKiAHKQN4QgAgBygCBCAHKAIsa6x9UQ0HAkAgD0HwAEcNACAQRQ0AIBAgKj4CAAwDCyAQIB0gKhBODAILIBBFDQEgFCkDECErIBQpAwghKgJAAkACQCAdDgMAAQIEC0EAIQRBACEJIwBBIGsiCCQAICtC////////P4MhLAJAICtCMIhC//8BgyItpyIOQYH/AGtB/QFNBEAgLEIZiKchBAJAICpQICtC////D4MiLEKAgIAIVCAsQoCAgAhRG0UEQCAEQQFqIQQMAQsgKiAsQoCAgAiFhEIAUg0AIARBAXEgBGohBAtBACAEIARB////A0siCRshBEGBgX9BgIF/IAkbIA5qIQkMAQsCQCAqICyEUA0AIC1C//8BUg0AICxCGYinQYCAgAJyIQRB/wEhCQwBCyAOQf6AAUsEQEH/ASEJDAELQYD/AEGB/wAgLVAiDRsiDyAOayILQfAASg0AIAhBEGogKiAsICxCgICAgICAwACEIA0bIixBgAEgC2sQISAIICogLCALECogCCkDCCIqQhmIpyEEAkAgCCkDACAOIA9HIAgpAxAgCCkDGIRCAFJxrYQiLFAgKkL///8PgyIqQoCAgAhUICpCgICACFEbRQRAIARBAWohBAwBCyAsICpCgICACIWEQgBSDQAgBEEBcSAEaiEECyAEQYCAgARzIAQgBEH///8DSyIJGyEECyAIQSBqJAAgECArQiCIp0GAgICAeHEgCUEXdHIgBHI2AgAMAwtCACEtIwBBIGsiBCQAICtC////////P4MhLAJ+ICtCMIhC//8BgyIupyIIQYH4AGtB/Q9NBEAgLEIEhiAqQjyIhCEsIAhBgPgAa60hLgJAICpC//////////8PgyIqQoGAgICAgICACFoEQCAsQgF8ISwMAQsgKkKAgICAgICAgAhSDQAgLEIBgyAsfCEsC0IAICwgLEL/////////B1YiCBshLSAIrSAufAwBCwJAICogLIRQDQAgLkL//wFSDQAgLEIEhiAqQjyIhEKAgICAgICABIQhLUL/DwwBC0L/DyAIQf6HAUsNABpCAEGA+ABBgfgAIC5QIg4bIgsgCGsiCUHwAEoNABogBEEQaiAqICwgLEKAgICAgIDAAIQgDhsiLEGAASAJaxAhIAQgKiAsIAkQKiAEKQMIQgSGIAQpAwAiLEI8iIQhKgJAIAggC0cgBCkDECAEKQMYhEIAUnGtICxC//////////8Pg4QiLEKBgICAgICAgAhaBEAgKkIBfCEqDAELICxCgICAgICAgIAIUg0AICpCAYMgKnwhKgsgKkKAgICAgICACIUgKiAqQv////////8HViIIGyEtIAitCyEqIARBIGokACAQICtCgICAgICAgICAf4MgKkI0hoQgLYQ3AwAMAgsgECAqNwMAIBAgKzcDCAwBC0EfIAlBAWogD0HjAEciChshBAJAIB1BAUYEQCAQIQkgDgRAIARBAnQQHyIJRQ0HCyAUQgA3AqgCQQAhCANAIAkhBgJAA0ACfyAHKAIEIgkgBygCaEcEQCAHIAlBAWo2AgQgCS0AAAwBCyAHEBsLIgkgFGotACFFDQEgFCAJOgAbAn8gFEEcaiEJIBRBqAJqIgtBpOcAIAsbIg0oAgAhCwJAAn8CQCAUQRtqIhNFBEAgCw0BQQAMBAsgEy0AACIRwCETIAtFBEAgE0EATgRAIAkEQCAJIBE2AgALIBNBAEcMBQtBwOYAKAIAKAIARQRAQQEgCUUNAxogCSATQf+/A3E2AgBBAQwFCyARQcIBayIJQTJLDQEgCUECdEHg0ABqKAIAIQsMAwsgE0H4AXFBA3YiE0EQayALQRp1IBNqckEHSw0AIBFBgAFrIAtBBnRyIgtBAEgNAiANQQA2AgBBASAJRQ0BGiAJIAs2AgBBAQwDCyANQQA2AgBBsNwAQRk2AgBBfwsMAQsgDSALNgIAQX4LIglBfkYNACAJQX9GBEBBACETDAwLIAYEQCAGIAhBAnRqIBQoAhw2AgAgCEEBaiEICyAORQ0AIAQgCEcNAAtBASELQQAhEyAGIAQiCEEBdEEBciIEQQJ0EGMiCQ0BDAsLC0EAIRMgBiEEIBRBqAJqIgkEfyAJKAIARQVBAQtFDQgMAQsgDgRAQQAhCCAEEB8iCUUNBgNAIAkhBgNAAn8gBygCBCIJIAcoAmhHBEAgByAJQQFqNgIEIAktAAAMAQsgBxAbCyIJIBRqLQAhRQRAQQAhBCAGIRMMBAsgBiAIaiAJOgAAIAhBAWoiCCAERw0AC0EBIQsgBiAEIghBAXRBAXIiBBBjIgkNAAsgBiETQQAhBgwJC0EAIQggEARAA0ACfyAHKAIEIgYgBygCaEcEQCAHIAZBAWo2AgQgBi0AAAwBCyAHEBsLIgYgFGotACEEQCAIIBBqIAY6AAAgCEEBaiEIDAEFQQAhBCAQIgYhEwwDCwALAAsDQAJ/IAcoAgQiBiAHKAJoRwRAIAcgBkEBajYCBCAGLQAADAELIAcQGwsgFGotACENAAtBACEGQQAhE0EAIQQLIAcoAgQhCSAHKQNwQgBZBEAgByAJQQFrIgk2AgQLIAcpA3ggCSAHKAIsa6x8IipQDQIgCiAqICtRckUNAiAOBEAgECAGNgIACwJAIA9B4wBGDQAgBARAIAQgCEECdGpBADYCAAsgE0UEQEEAIRMMAQsgCCATakEAOgAACyAEIQYLIAcoAgQgBygCLGusIAcpA3ggMHx8ITAgGyAQQQBHaiEbCyAMQQFqIQggDC0AASIMDQEMCAsLIAQhBgwBC0EBIQtBACETQQAhBgwCCyAOIQsMAgsgDiELCyAbQX8gGxshGwsgC0UNASATECIgBhAiDAELQX8hGwsgFEGwAmokACAHQZABaiQAICFBEGokACAbQQBKBEAgBSADKALoBCIGQegHbCAGIAMtAOQEQd8BcUHNAEYbQegHbDYCLAsgAygClAEhBQsgA0IANwK8AiADQgA3AsQCIANCADcCzAIgA0IANwLUAiADQgA3AtwCIANBADYCwAMgA0EANgKoASADQQA2ApgBIANCADcCtAIgAyADQZABaiIEQQBBrAEgBSgCABECACIGNgLIBCAGQgA3AmAgBkEUNgIcIAZBFTYCCCAGQRY2AgQgBkEXNgIAIAZBADYCaCAGQRQ2AiQgBkEUNgIoIAZCADcCbCAGQRQ2AiwgBkEUNgIwIAZCADcCdCAGQRQ2AjQgBkEUNgI4IAZCADcCfCAGQRQ2AjwgBkEANgKEASAGQRQ2AkAgBkIANwKIASAGQRQ2AkQgBkEUNgJMIAZBFDYCSCAGQgA3ApABIAZBFDYCVCAGQRQ2AlAgBkIANwKYASAGQRQ2AlwgBkEANgKgASAGQRg2AiAgBkEYNgJYIANBADYC6AIgA0EANgKwBCADQQA2AqACIAMoAsgEIgZBADYCpAEgBkEANgIYIAZCADcCDCADIARBAEEcIAMoApQBKAIAEQIAIgY2AsQEIAZBATYCGCAGQgA3AhAgBkEZNgIMIAZBGjYCCCAGQRs2AgQgBkEcNgIAIANByAE2AqQBIAMgBEEAQfgAIAMoApQBKAIAEQIAIgY2ArQEIAZBAEH4ABAaGiAjIAEgJEEASBsiBkEAIAEoAgQgASwACyIBIAFBAEgbIgEbRQRAIAMoApABIgVBKjYCFCAEIAUoAgARAAALAkAgAygCqAEiBUUEQCADIANBkAFqQQBBHCADKAKUASgCABECACIFNgKoAQwBCyAFKAIIQR1GDQAgAygCkAEiBEEXNgIUIANBkAFqIAQoAgARAAAgAygCqAEhBQsgBUEeNgIYIAVBHzYCFCAFQSA2AhAgBUEhNgIMIAVBHTYCCCAFIAE2AgQgBSAGNgIAIAMoAsgEIgZBIkEUIAMoApQBKAIwQRRrIgEbNgIkIAZB//8DIAEgAUH//wNOGzYCaCADKAKkASIFQX5xQcgBRwRAIAMoApABIgEgBTYCGCABQRQ2AhQgA0GQAWogASgCABEAACADKAKkASEFCwJAAkACQAJAAkACQCAFQcgBaw4LAAEFAwMDAwMDAgMCCyADQZABaiIBIAMoAsQEKAIEEQAAIAEgAygCqAEoAggRAAAgA0HJATYCpAELIANBkAFqIAMoAsQEKAIAEQEAIgVBAUcNAiADKAK0ASIFIQECQAJAAkACQCAFQQFrDgQDAgABAgtBAiEBQQMhBSADKAKoAw0CIAMoArQDBEBBAiEFAkACQCADLQC4AyIEDgIFAAELQQMhBQwECyADKAKQASIGIAQ2AhggBkHyADYCFCADQZABakF/IAYoAgQRAwBBAyEFDAMLIAMoAugCIgYoAqgBIQQgBigCVCEMAkAgBigCACIIQQFHDQAgDEECRw0AIARBA0YNAwsCQCAIQdIARw0AIAxBxwBHDQAgBEHCAEcNAEECIQUMAwsgAygCkAEiBiAENgIgIAYgDDYCHCAGIAg2AhggBkHvADYCFCADQZABakEBIAYoAgQRAwAMAgtBBCEBIAMoArQDRQRAQQQhBQwCC0EEIQUCQAJAIAMtALgDIgQOAwMBAAELQQUhBQwCCyADKAKQASIGIAQ2AhggBkHyADYCFCADQZABakF/IAYoAgQRAwBBBSEFDAELQQAhBUEAIQELIANBADYCmAIgA0GAAjYC8AEgA0KCgICAEDcD6AEgA0IBNwPgASADQoCAgIAQNwPYASADQgA3A9ABIANCgICAgICAgPg/NwPIASADQoGAgIAQNwPAASADIAE2ArwBIAMgBTYCuAEgA0EANgL8ASADQgA3AvQBIANBygE2AqQBDAMLIAMoApABIgEgBTYCGCABQRQ2AhQgA0GQAWogASgCABEAAAwCCyADQZABaiADKALEBCgCABEBACEFCyAFQQJHDQAgAygCkAEiAUEzNgIUIANBkAFqIgYgASgCABEAACADKAKUASIBRQ0AIAZBASABKAIkEQMAIAMoAqABBEAgA0EANgLAAyADQcgBNgKkAQwBCyADQeQANgKkAQtBASETAkAgAkUNACADKALAAyIFBEADQAJAIAUtAARB4QFHDQAgBSgCDCIIQQZJDQACf0EGIQRB9zMhAgJAAkAgBSgCECIBIgZB9zNyQQNxDQADQCAGKAIAIAIoAgBHDQEgAkEEaiECIAZBBGohBiAEQQRrIgRBA0sNAAsgBEUNAQsDQCAGLQAAIgwgAi0AACIJRgRAIAJBAWohAiAGQQFqIQYgBEEBayIEDQEMAgsLIAwgCWsMAQtBAAsNACAIQQxJDQACfwJAAkAgAS0ABkHJAGsOBQEDAwMAAwsgAS0AB0HNAEcNAiABLwAIIgJBCHQgAkEIdnJB//8DcUEqRw0CIAEoAAoiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiBEEISQ0CIAQgCEECa0sNAiABIARqIgZBB2ohAiAGQQZqIQxBAQwBCyABLQAHQckARw0BIAEvAAhBKkcNASABKAAKIgRBCEkNASAEIAhBAmtLDQEgASAEaiICQQdqIQwgAkEGaiECQQALIQYgAi0AACAMLQAAQQh0ciIJRQ0AIARBFGoiAiAISw0AIAZBAXMhDiAEQQhqIQRBACEMA0AgASAEaiIEIA5qLQAAQQh0IAQgBmotAAByQZICRwRAIAxBAWoiDEH//wNxIAlPDQIgCCACIgRBDGoiAk8NAQwCCwsgBEEJQQggBhtqLQAAIARBCEEJIAYbai0AAEEIdHIiEw0DCyAFKAIAIgUNAAsLQQAhEwsgA0EMNgK8AQJAIAMoAqQBIgJBygFrDgMABQcCCyADKAK0BCIIQQA2AmQgCEEANgIIIAhBIzYCBCAIQSQ2AgACQCADKALAAUEDdCIBIAMoAsQBIgRNBEBBASEGIANBATYCzAMgAyADKAKsASIOQQdqQQhtNgKAAiADIAMoArABIglBB2pBCG02AoQCQQEhAgwBC0EBIQYgBEEBdCABTwRAQQIhAiADQQI2AswDIAMgAygCrAEiDkEBdEEHakEIbTYCgAIgAyADKAKwASIJQQF0QQdqQQhtNgKEAgwBC0EDIQIgBEEDbCABTwRAIANBAzYCzAMgAyADKAKsASIOQQNsQQdqQQhtNgKAAiADIAMoArABIglBA2xBB2pBCG02AoQCDAELIARBAnQgAU8EQEEEIQIgA0EENgLMAyADIAMoAqwBIg5BAnRBB2pBCG02AoACIAMgAygCsAEiCUECdEEHakEIbTYChAIMAQtBBSECIARBBWwgAU8EQCADQQU2AswDIAMgAygCrAEiDkEFbEEHakEIbTYCgAIgAyADKAKwASIJQQVsQQdqQQhtNgKEAgwBC0EGIQIgBEEGbCABTwRAIANBBjYCzAMgAyADKAKsASIOQQZsQQdqQQhtNgKAAiADIAMoArABIglBBmxBB2pBCG02AoQCDAELQQchAiAEQQdsIAFPBEAgA0EHNgLMAyADIAMoAqwBIg5BB2xBB2pBCG02AoACIAMgAygCsAEiCUEHbEEHakEIbTYChAIMAQsCQCAEQQN0IAFPBEBBCCECIANBCDYCzAMgAyADKAKsASIOQQN0QQdyQQhtNgKAAiADIAMoArABIglBA3RBB3JBCG02AoQCDAELQQkhAiAEQQlsIAFPBEAgA0EJNgLMAyADIAMoAqwBIg5BCWxBB2pBCG02AoACIAMgAygCsAEiCUEJbEEHakEIbTYChAIMAQtBCiECIARBCmwgAU8EQCADQQo2AswDIAMgAygCrAEiDkEKbEEHakEIbTYCgAIgAyADKAKwASIJQQpsQQdqQQhtNgKEAgwBC0ELIQIgBEELbCABTwRAIANBCzYCzAMgAyADKAKsASIOQQtsQQdqQQhtNgKAAiADIAMoArABIglBC2xBB2pBCG02AoQCDAELQQwhAiAEQQxsIAFPBEAgA0EMNgLMAyADIAMoAqwBIg5BDGxBB2pBCG02AoACIAMgAygCsAEiCUEMbEEHakEIbTYChAIMAQtBDSECIARBDWwgAU8EQCADQQ02AswDIAMgAygCrAEiDkENbEEHakEIbTYCgAIgAyADKAKwASIJQQ1sQQdqQQhtNgKEAgwBC0EOIQIgBEEObCABTwRAIANBDjYCzAMgAyADKAKsASIOQQ5sQQdqQQhtNgKAAiADIAMoArABIglBDmxBB2pBCG02AoQCDAELQQ8hAiADKAKsASEOIARBD2wgAU8EQCADQQ82AswDIAMgDkEPbEEHakEIbTYCgAIgAyADKAKwASIJQQ9sQQdqQQhtNgKEAgwBC0EQIQIgA0EQNgLMAyADIA5BBHRBB3JBCG02AoACIAMgAygCsAEiCUEEdEEHckEIbTYChAILQQAhBgtBASELIAMoArQBIgdBAEwNAyAHQQdxIQQgAygC6AIiDCEFAkAgB0EISQ0AIAdBCGsiEEEITwRAIBBBA3ZBAWpB/v///wNxIQ1BACEBA0AgBSACNgKQCiAFIAI2ArwJIAUgAjYC6AggBSACNgKUCCAFIAI2AsAHIAUgAjYC7AYgBSACNgKYBiAFIAI2AsQFIAUgAjYC8AQgBSACNgKcBCAFIAI2AsgDIAUgAjYC9AIgBSACNgKgAiAFIAI2AswBIAUgAjYCeCAFIAI2AiQgBUHACmohBSABQQJqIgEgDUcNAAsLIBBBCHENACAFIAI2AvAEIAUgAjYCnAQgBSACNgLIAyAFIAI2AvQCIAUgAjYCoAIgBSACNgLMASAFIAI2AnggBSACNgIkIAVBoAVqIQULIAQEQEEAIQEDQCAFIAI2AiQgBUHUAGohBSABQQFqIgEgBEcNAAsLIAZFBEAgDCEFAkAgB0EISQ0AIAdBCGsiBkEITwRAIAZBA3ZBAWpB/v///wNxIRBBACEBA0AgBSACNgKQCiAFIAI2ArwJIAUgAjYC6AggBSACNgKUCCAFIAI2AsAHIAUgAjYC7AYgBSACNgKYBiAFIAI2AsQFIAUgAjYC8AQgBSACNgKcBCAFIAI2AsgDIAUgAjYC9AIgBSACNgKgAiAFIAI2AswBIAUgAjYCeCAFIAI2AiQgBUHACmohBSABQQJqIgEgEEcNAAsLIAZBCHENACAFIAI2AvAEIAUgAjYCnAQgBSACNgLIAyAFIAI2AvQCIAUgAjYCoAIgBSACNgLMASAFIAI2AnggBSACNgIkIAVBoAVqIQULIARFDQNBACEBA0AgBSACNgIkIAVB1ABqIQUgAUEBaiIBIARHDQALDAMLIAMoAsQDIAJsIRBBACEGIAwhBANAIAMoAsgDIAJsIQ0gBCgCCEEBdCEPIAIhBQNAAkACQCAQIAUgD2xvRQRAIA0gBUEBdCIBIAQoAgxsb0UNAQsgBSEBDAELIAVBBEghJiABIQUgJg0BCwsgBCABNgIkIARB1ABqIQQgByAGQQFqIgZHDQALDAILIANCNjcCICADQZABahBDAAsgAygCkAEiASACNgIYIAFBFDYCFCADQZABaiABKAIAEQAADAMLQQEgByAHQQFMGyEFIAMoAsgDQQN0IQEgAygCxANBA3QhBEEAIQYDQCAMIAwoAiQiECAMKAIIIA5sbCAEakEBayAEbTYCKCAMIBAgDCgCDCAJbGwgAWpBAWsgAW02AiwgDEHUAGohDCAGQQFqIgYgBUcNAAsLIANBBDYCiAIgA0EBQQQgAygC5AEbNgKMAgJAIAMoAtwBIAMoArwDcg0AIAdBA0cNACADKAK4AUEDRw0AIAMoAugCIgEoAghBAkcNACABKAJcQQFHDQAgASgCsAFBAUcNACABKAIMQQJKDQAgASgCYEEBRw0AIAEoArQBQQFHDQAgASgCJCACRw0AIAEoAnggAkcNACABKALMASACRw0AIAMoAsgDIQsLIAMgCzYCkAIgAyADQZABakEBQYALIAMoApQBKAIAEQIAIgJBgAJqIgE2AtQDQQAhBSACQQBBgAIQGiECA0AgASAFaiAFOgAAIAEgBUEBciIGaiAGOgAAIAEgBUECciIGaiAGOgAAIAEgBUEDciIGaiAGOgAAIAEgBUEEciIGaiAGOgAAIAEgBUEFciIGaiAGOgAAIAEgBUEGciIGaiAGOgAAIAEgBUEHciIGaiAGOgAAIAVBCGoiBUGAAkcNAAsgAkGABGpB/wFBgAMQGhpBACEFIAJBgAdqQQBBgAMQGhogAkGACmogAygC1ANBgAEQHBogCEEANgJoAkAgAygC3AENACADKAK8Aw0AIAMoArgBQQNHDQAgAygCtAFBA0cNAAJAAkAgAygCvAEiAUEGa0EKSQ0AAkAgAUECaw4PAQMDAwMDAwMDAwMDAwMAAwsgAygCiAJBA0YNAQwCCyADKAKIAiABQQJ0QdA8aigCAEcNAQsgAygC6AIiASgCCEECRw0AIAEoAlxBAUcNACABKAKwAUEBRw0AIAEoAgxBAkoNACABKAJgQQFHDQAgASgCtAFBAUcNACABKAIkIgIgAygCzANHDQAgASgCeCACRw0AIAEoAswBIAJGIQULIAhCADcCcCAIIAU2AmwCQCADKALkAUUEQCADQQA2AvwBIANCADcC9AEMAQsgAygC0AFFBEAgA0EANgL8ASADQgA3AvQBCyADKALUAQRAIAMoApABIgFBLzYCFCADQZABaiABKAIAEQAACwJAIAMoAogCQQNHBEAgA0EANgKYAiADQQA2AvwBIANCATcC9AEMAQsgAygCmAIEQCADQQE2AvgBDAELIAMoAuwBBEAgA0EBNgL8AQwBCyADQQE2AvQBCyADKAL0AQRAIAMgA0GQAWoiAkEBQdgAIAMoApQBKAIAEQIAIgE2AtwEIAFBADYCRCABQSU2AgwgAUEmNgIIIAFBJzYCACABQQA2AjQgAygCiAJBBU4EQCADKAKQASIBQreAgIDAADcCFCACIAEoAgARAAALIAMoAvABIg5BgQJOBEAgAygCkAEiAUK5gICAgCA3AhQgA0GQAWogASgCABEAACADKALwASEOCyADKAKIAiEMIAMoAtwEIQsgAyADKAK8AUECdCIBQYA8aigCADYC8AQgAyABQeA6aigCADYC7AQgAUGwO2ohJwJAIAxBAk4EQCAMQQFrQQdxIQQgDEEJayIBQQN2QQFqIgJB+P///wNxIQ0gAkEHcSEHIAxBAmtBB0khDyABQThJIRFBASEGA0AgBiIJQQFqIgYhBQJAIA8NACAGIAZsIgEgAWwiASABbCECIBFFBEAgAiACbCIBIAFsIgEgAWwhFkEAIQEDQCAFIBZsIQUgAUEIaiIBIA1HDQALC0EAIQEgB0UNAANAIAIgBWwhBSABQQFqIgEgB0cNAAsLQQAhASAEBEADQCAFIAZsIQUgAUEBaiIBIARHDQALCyAFIA5MDQALDAELQQEgDiAOQQFMGyIJQQFqIQULICcoAgAhEEEBIQIgCUEBTQRAIAMoApABIgEgBTYCGCABQTg2AhQgA0GQAWogASgCABEAAAsgC0EgaiEHAkAgDEEATA0AIAxBA3EhD0EAIQYCQCAMQQRJBEBBACEFDAELIAkgCWwiASABbCENAkAgDEEEayIRQQRJBEBBACEFDAELIBFBAnZBAWpB/v///wdxIRYgDSANbCEKQQAhBUEAIQQDQCAHIAVBAnRqIgEgCTYCACABIAk2AgQgASAJNgIIIAEgCTYCDCABIAk2AhAgASAJNgIUIAEgCTYCGCABIAk2AhwgBUEIaiEFIAIgCmwhAiAEQQJqIgQgFkcNAAsLIBFBBHENACAHIAVBAnRqIgEgCTYCACABIAk2AgQgASAJNgIIIAEgCTYCDCAFQQRqIQUgAiANbCECCyAPBEADQCAHIAVBAnRqIAk2AgAgBUEBaiEFIAIgCWwhAiAGQQFqIgYgD0cNAAsLIAIgByAQQQAgAygCvAFBAkYbQQJ0aiIFKAIAIgFtIAFBAWoiAWwiBiAOSg0AIAxBAUYEQANAIAUgATYCACAGIgIgByAQQQAgAygCvAFBAkYbQQJ0aiIFKAIAIgFtIAFBAWoiAWwiBiAOTA0ADAILAAsDQCAFIAE2AgAgBiECQQEhBQJAA0AgAiAHIAMoArwBIgRBAkYEfyADQegEaiAFQQJ0aigCAAUgBQtBAnRqIgYoAgAiAW0gAUEBaiIJbCIBIA5KDQEgBiAJNgIAIAEhAiAFQQFqIgUgDEcNAAsgAygCvAEhBAsgAiAHIBBBACAEQQJGG0ECdGoiBSgCACIBbSABQQFqIgFsIgYgDkwNAAsLIAMoAogCIQYgAygCkAEiASACNgIYIAEgBkEDRgR/IAEgCygCIDYCHCABIAsoAiQ2AiAgASALKAIoNgIkQd4ABUHfAAs2AhQgA0GQAWoiBkEBIAEoAgQRAwAgBkEBIAIgAygCiAIgAygClAEoAggRCgAhDyADKAKIAiIFQQBKBEBBACEWIAIhBgNAIAYiDCAHIBZBAnQiAWooAgAiDW0hBgJAIA1BAEwNACAGQQBMDQAgASAPaiEOIA1BAWsiCkEBdiESIAZB/P///wdxIRQgBkEDcSERQQAhCSAGQQRJIRcDQCACIAYgCWwiAUoEQCAJQf8BbCASaiAKbSEQA0BBACEEQQAhBSAXRQRAA0AgDigCACABaiAFaiAQOgAAIA4oAgAgAWogBWogEDoAASAOKAIAIAFqIAVqIBA6AAIgDigCACABaiAFaiAQOgADIAVBBGoiBSAURw0ACwsgEQRAA0AgDigCACABaiAFaiAQOgAAIAVBAWohBSAEQQFqIgQgEUcNAAsLIAEgDGoiASACSA0ACwsgCUEBaiIJIA1HDQALIAMoAogCIQULIBZBAWoiFiAFSA0ACwsgCyACNgIUIAsgDzYCECADQZABahA+AkAgAygC6AFBAkcNACADKAKIAkEATA0AIAMoAoACQQF0QQRqIQEgAygC3ARBxABqIQJBACEFA0AgAiAFQQJ0aiADQZABakEBIAEgAygClAEoAgQRAgA2AgAgBUEBaiIFIAMoAogCSA0ACwsgCCADKALcBDYCcAsgAygC/AEgAygC+AFyRQ0AIAMgA0GQAWoiAkEBQSwgAygClAEoAgARAgAiATYC3ARBACEFIAFBADYCKCABQQA2AiAgAUEoNgIMIAFBKTYCACADKAKIAkEDRwRAIAMoApABIgZBLzYCFCACIAYoAgARAAALIAEgA0GQAWpBAUGAASADKAKUASgCABECADYCGANAIANBkAFqQQFBgCAgAygClAEoAgQRAgAhAiAFQQJ0IgYgASgCGGogAjYCACADQZABakEBQYAgIAMoApQBKAIEEQIAIQIgASgCGCAGaiACNgIEIAVBAmoiBUEgRw0ACyABQQE2AhwCQCADKAL8AQRAQQghAkE4IQQCQCADKALwASIGQQhOBEAgBkGBAkkNAUE5IQRBgAIhAgsgAygCkAEiBSACNgIYIAUgBDYCFCADQZABaiAFKAIAEQAACyADQZABakEBIAZBAyADKAKUASgCCBEKACECIAEgBjYCFCABIAI2AhAMAQsgAUEANgIQCyADKALoAQRAIANBAjYC6AEgASADQZABaiIBQQEgAygCgAJBBmxBDGogAygClAEoAgQRAgA2AiAgARA9CyAIIAMoAtwENgJ0CwJAIAMoAtQBDQAgAygClAEoAgAhAQJAIAgoAmwEQCADIANBkAFqQQFBMCABEQIAIgI2AtQEQQAhASACQQA2AgggAkEqNgIAIAIgAygCiAIgAygCgAJsIgY2AigCQCADKALIA0ECRgRAIAJBKzYCDCACQSw2AgQgAygCvAFBEEYEQCACQS1BLiADKALoARs2AgwLIANBkAFqQQEgBiADKAKUASgCBBECACEBDAELIAJBLzYCDCACQTA2AgQgAygCvAFBEEcNACACQTFBMiADKALoARs2AgwLIAIgATYCICADKALUBCIBIANBkAFqQQFBgAggAygClAEoAgARAgA2AhAgASADQZABakEBQYAIIAMoApQBKAIAEQIANgIUIAEgA0GQAWpBAUGACCADKAKUASgCABECADYCGCABIANBkAFqQQFBgAggAygClAEoAgARAgAiAjYCHCABKAIYIQQgASgCFCEMIAEoAhAhCUEAIQZBgH8hBQNAIAkgBkECdCIBaiAFQenNBWxBgIACakEQdTYCACABIAxqIAVBoosHbEGAgAJqQRB1NgIAIAEgBGogBUGukn1sNgIAIAEgAmogBUHmz35sQYCAAmo2AgAgBUEBaiEFIAZBAWoiBkGAAkcNAAsMAQsgAyADQZABakEBQRwgARECACIBNgLYBCABQTM2AgACQAJAAkACQAJAAkAgAygCuAFBAWsOBQABAQICAwsgAygCtAFBAUcNAwwECyADKAK0AUEDRw0CDAMLIAMoArQBQQRHDQEMAgsgAygCtAFBAEoNAQsgAygCkAEiAkEKNgIUIANBkAFqIAIoAgARAAALAkACQAJAAkACQCADKAK8ASICQQZrQQpJDQACQCACQQFrDhAAAQQDBAQEBAQEBAQEBAQCBAsgA0EBNgKIAgJAAkACQCADKAK4AUEBaw4DAAEAAgsgAUE0NgIEIAMoArQBIgJBAkgNBiACQQFrIgZBB3EhBEEBIQEgAygC6AIhDCACQQJrQQdPBEAgBkF4cSEFQQAhAgNAIAwgAUHUAGxqIgZBADYCMCAGQQA2AoQBIAZBADYC2AEgBkEANgKsAiAGQQA2AoADIAZBADYC1AMgBkEANgKoBCAGQQA2AvwEIAFBCGohASACQQhqIgIgBUcNAAsLIARFDQZBACEFA0AgDCABQdQAbGpBADYCMCABQQFqIQEgBUEBaiIFIARHDQALDAYLIAFBNTYCBCADQZABaiIBKALIAyABQQFBgBggASgCBCgCABECACICNgIYQQAhAQNAIAIgAUECdCIEaiIGIAFBi5kBbDYCACAGQYAIaiABQcasAmw2AgAgBkGAEGogAUGvOmxBgIACajYCACACIAFBAXIiBkECdGogBkGLmQFsNgIAIAIgBEGECHJqIAZBxqwCbDYCACACIARBhBByaiAGQa86bEGAgAJqNgIAIAFBAmoiAUGAAkcNAAsMBQsgAygCkAEiAUEbNgIUIANBkAFqIAEoAgARAAAMBAsgAyACQQJ0QdA8aigCADYCiAICQAJAAkACQCADKAK4AUEBaw4DAQIAAwsgAUE2NgIEIAMoAtgEIgEgA0GQAWpBAUGACCADKAKUASgCABECADYCCCABIANBkAFqQQFBgAggAygClAEoAgARAgA2AgwgASADQZABakEBQYAIIAMoApQBKAIAEQIANgIQIAEgA0GQAWpBAUGACCADKAKUASgCABECACICNgIUIAEoAhAhBCABKAIMIQwgASgCCCEJQQAhBkGAfyEFA0AgCSAGQQJ0IgFqIAVB6c0FbEGAgAJqQRB1NgIAIAEgDGogBUGiiwdsQYCAAmpBEHU2AgAgASAEaiAFQa6SfWw2AgAgASACaiAFQebPfmxBgIACajYCACAFQQFqIQUgBkEBaiIGQYACRw0ACwwGCyABQTc2AgQMBQsCQEHEISACdkEBcUUNAEHE5wAgAnZBAXFFDQBBxAIgAnZBAXFFDQAgAUE4NgIEDAULIAFBOTYCBAwECyADKAKQASIBQRs2AhQgA0GQAWogASgCABEAAAwDCyADQQM2AogCIAMoArgBIQIgAygC6AFFBEACQAJAAkACQCACQQFrDgMBAgADCyABQTo2AgQgA0GQAWoQOwwGCyABQTs2AgQMBQsgAUE8NgIEDAQLIAMoApABIgFBGzYCFCADQZABaiABKAIAEQAADAMLAkACQAJAAkAgAkEBaw4DAQIAAwsgAUE9NgIEIANBkAFqEDsMBQsgAUE+NgIEDAQLIAFBPzYCBAwDCyADKAKQASIBQRs2AhQgA0GQAWogASgCABEAAAwCCyADQQQ2AogCAkACQAJAIAMoArgBQQRrDgIBAAILIAFBwAA2AgQgAygC2AQiASADQZABakEBQYAIIAMoApQBKAIAEQIANgIIIAEgA0GQAWpBAUGACCADKAKUASgCABECADYCDCABIANBkAFqQQFBgAggAygClAEoAgARAgA2AhAgASADQZABakEBQYAIIAMoApQBKAIAEQIAIgI2AhQgASgCECEEIAEoAgwhDCABKAIIIQlBACEGQYB/IQUDQCAJIAZBAnQiAWogBUHpzQVsQYCAAmpBEHU2AgAgASAMaiAFQaKLB2xBgIACakEQdTYCACABIARqIAVBrpJ9bDYCACABIAJqIAVB5s9+bEGAgAJqNgIAIAVBAWohBSAGQQFqIgZBgAJHDQALDAMLIAFBODYCBAwCCyADKAKQASIBQRs2AhQgA0GQAWogASgCABEAAAwBCyADKAK4ASACRgRAIAMgAygCtAE2AogCIAFBODYCBAwBCyADKAKQASIBQRs2AhQgA0GQAWogASgCABEAAAsgA0EBIAMoAogCIAMoAuQBGzYCjAICQCADKAK0BCgCZEUEQCADIANBkAFqQQFBoAEgAygClAEoAgARAgAiCTYC1AQgCUEANgIIIAlBwQA2AgQgCUHCADYCAAwBCyADKALUBCEJCyADKAK8AwRAIAMoApABIgFBGTYCFCADQZABaiABKAIAEQAACyADKAK0AUEATA0AQQAhASADKALcAUEARyADKALMA0EBSnEhECAJQQxqIQ0gCUGWAWohDyAJQYwBaiERIAlBNGohAiAJQeQAaiEWIAMoAugCIQUDQCAFKAIIIQwgAygCxAMhDiADKALIAyEEIBYgAUECdCIGaiAFKAIkIgsgBSgCDGwgAygCzAMiCm0iBzYCACALIAxsIAptIQsCQAJ/IAUoAjBFBEBBwwAhDCACDAELIAsgDkYEQEHEACEMIAIgBCAHRg0BGgsCQAJAIAtBAXQgDkciDA0AIAQgB0cNAAJAIBBFDQAgBSgCKEEDSQ0AIAIgBmpBxQA2AgAMAgsgAiAGakHGADYCAAwBCyAQIAsgDkYgB0EBdCIKIARGcXEEQCACIAZqQccANgIAIAlBATYCCAwBCwJAIAwNACAEIApHDQACQCAQRQ0AIAUoAihBA0kNACACIAZqQcgANgIAIAlBATYCCAwCCyACIAZqQckANgIADAELAkAgDiAOIAttIgwgC2xHDQAgBCAEIAdtIg4gB2xHDQAgAiAGakHKADYCACABIBFqIAw6AAAgASAPaiAOOgAADAELIAMoApABIgRBJjYCFCADQZABaiAEKAIAEQAACyADKAK0BCgCZA0BIANBkAFqQQEgAygCxAMiBCADKAKAAmpBAWsiDCAMIARvayADKALIAyADKAKUASgCCBEKACEMIA0LIAZqIAw2AgALIAVB1ABqIQUgAUEBaiIBIAMoArQBSA0ACwsgAygC/AEhKCADIANBkAFqIgxBAUEcIAMoApQBKAIAEQIAIgE2AsAEIAFCADcCCCABQcsANgIAIAMoAuQBRQ0AIAEgAygCyAMiAjYCECADKAKIAiADKAKAAmwhBiADKAKUASEEICgEQCABIAxBAUEAIAYgAygChAIgAmpBAWsiASABIAJvayACIAQoAhARDgA2AggMAQsgASADQZABakEBIAYgAiAEKAIIEQoANgIMCyADIANBkAFqQQFB1AAgAygClAEoAgARAgAiATYC0AQgAUHMADYCACADKAK0AUEASgRAIAFBLGohAiADKALoAiEFQQAhAQNAIAUgA0GQAWpBAUGAAiADKAKUASgCABECACIGNgJQIAZBAEGAAhAaGiACIAFBAnRqQX82AgAgBUHUAGohBSABQQFqIgEgAygCtAFIDQALCwJAIAMoAvACBEAgAygCkAEiAUEBNgIUIANBkAFqIAEoAgARAAAMAQsgAygC7AIEQCADIANBkAFqIgJBAUHAACADKAKUASgCABECACIBNgLMBCABQgA3AiwgAUHNADYCACABQgA3AjQgAyACQQEgAygCtAFBCHQgAygClAEoAgARAgAiBTYCsAIgAygCtAFBAEwNAUEAIQEDQCAFQf8BQYACEBpBgAJqIQUgAUEBaiIBIAMoArQBSA0ACwwBCyADQZABaiIGQcQBQegAIAMoAqABIgQbaiEBQbQBQdgAIAQbIAZqIgIoAgBFBEAgBkEAQZgCIAMoApQBKAIAEQIAIgZBADYClAIgAiAGNgIAIAZBwD4tAAA6ABAgBkG4PikDADcCCCAGQbA+KQMANwIAIAIoAgAiBkHhPikAADcAESAGQek+KAAANgAZIAIoAgBBHWpBAEH0ARAaGiACKAIAQQA2ApQCCyABKAIARQRAIANBkAFqQQBBmAIgAygClAEoAgARAgAiAkEANgKUAiABIAI2AgAgAkGAPy0AADoAECACQfg+KQMANwIIIAJB8D4pAwA3AgAgASgCAEERakGQP0GiARAcGiABKAIAQbMBakEAQd4AEBoaIAEoAgBBADYClAILIANBkAFqIgJBuAFB3AAgBBtqIgEoAgBFBEAgAkEAQZgCIAMoApQBKAIAEQIAIgJBADYClAIgASACNgIAIAJB4D4tAAA6ABAgAkHYPikDADcCCCACQdA+KQMANwIAIAEoAgAiAkHhPikAADcAESACQek+KAAANgAZIAEoAgBBHWpBAEH0ARAaGiABKAIAQQA2ApQCCyADQZABaiICQcgBQewAIAQbaiIBKAIARQRAIAJBAEGYAiADKAKUASgCABECACICQQA2ApQCIAEgAjYCACACQdDAAC0AADoAECACQcjAACkDADcCCCACQcDAACkDADcCACABKAIAQRFqQeDAAEGiARAcGiABKAIAQbMBakEAQd4AEBoaIAEoAgBBADYClAILIAMgA0GQAWpBAUHoASADKAKUASgCABECACIBNgLMBCABQgA3AiggAUHOADYCBCABQc8ANgIAIAFCADcCMCABQgA3AjggAUFAa0IANwIACyADKALEBCgCECEGIAMoAtABIQQgAyADQZABakEBQfgAIAMoApQBKAIAEQIAIgI2ArwEQQAhASACQQA2AnQgAkHQADYCCCACQdEANgIAAkAgBCAGcgRAIAMoArQBQQBKBEAgAkHMAGohBEEAIQYgAygC6AIhBQNAIAQgBkECdGogA0GQAWpBAUEBIAUoAggiASAFKAIcakEBayIMIAwgAW9rIAUoAgwiASAFKAIgakEBayIMIAwgAW9rIAFBA2wgASADKALsAhsgAygClAEoAhQRDgA2AgAgBUHUAGohBSAGQQFqIgYgAygCtAFIDQALCyACQdIANgIMIAJB0wA2AgQgAkHMAGohAQwBCyACIANBkAFqQQFBgAogAygClAEoAgQRAgAiBjYCICACQdQANgIMIAJB1QA2AgQgAiAGQYAJajYCRCACIAZBgAhqNgJAIAIgBkGAB2o2AjwgAiAGQYAGajYCOCACIAZBgAVqNgI0IAIgBkGABGo2AjAgAiAGQYADajYCLCACIAZBgAJqNgIoIAIgBkGAAWo2AiQLIAIgATYCECACIANBkAFqIgFBAUGAASADKAKUASgCABECADYCSAJAIAMoAtQBDQAgAyABQQFB0AAgAygClAEoAgARAgAiDDYCuAQgDEHWADYCACADKALMAyECAkAgAygC1AQoAggEQCAMIQYgAkEBTARAIAMoApABIgJBLzYCFCABIAIoAgARAAAgAygCuAQhBiADKALMAyECCyAGIANBkAFqQQEgAygCtAFBA3QgAygClAEoAgARAgAiATYCOCAGIAEgAygCtAEiBEECdGo2AjwgBEEASgRAIAJBBGohAkEAIQEgAygC6AIhBQNAIANBkAFqQQEgBSgCJCAFKAIMbCADKALMA20iBCACbCIJQQN0IAMoApQBKAIAEQIAIQ4gAUECdCIHIAYoAjhqIA4gBEECdGoiBDYCACAGKAI8IAdqIAQgCUECdGo2AgAgBUHUAGohBSABQQFqIgEgAygCtAEiBEgNAAsLIAMoAswDQQJqIQIMAQsgAygCtAEhBAsgBEEATA0AIAxBCGohBkEAIQEgAygC6AIhBQNAIAYgAUECdGogA0GQAWpBASAFKAIkIgQgBSgCHGwgBCAFKAIMbCADKALMA20gAmwgAygClAEoAggRCgA2AgAgBUHUAGohBSABQQFqIgEgAygCtAFIDQALCyADQZABaiIBIAMoApQBKAIYEQAAIAEgAygCxAQoAggRAAAgAygCtAQiAUEANgIMIAEgAygC7ANBAWs2AhAgAygC0AEhAgJAAkAgAygCmAEiAUUNACACDQAgAygCxAQoAhBFDQEgAygC7AIhBiADKAK0ASECIAFBADYCBCADKALQAyEEIAFBADYCDCABIAQgAkEDbEECaiACIAYbbDYCCCABQQNBAiADKAL8ARs2AhAgCCAIKAJoQQFqNgJoDAELQc8BIAINBBoLIANBywE2AqQBCwJAIAMoAsQEKAIQRQ0AIAMoApgBIQUDQCAFBEAgA0GQAWogBSgCABEAAAsCQCADQZABaiADKALEBCgCABEBACIBDgMGAAIACyADKAKYASEFIAFBfXFBAUcNACAFRQ0AIAUgBSgCBEEBaiIBNgIEIAEgBSgCCCICSA0AIAUgAygC0AMgAmo2AggMAAsACyADIAMoAqACNgKoAgsgAygCpAFBzAFGDQAgA0GQAWogAygCtAQoAgARAAAgA0HMATYCpAEgA0EANgKcAgsgAygCtAQoAggEQCADQZwCaiECIAMoApwCIQUDQCADKAKEAiIGIAVLBEAgAygCmAEiAQRAIAEgBjYCCCABIAU2AgQgA0GQAWogASgCABEAACADKAKcAiEFCyADQZABakEAIAJBACADKAK4BCgCBBEFACAFIAMoApwCIgVHDQEMBAsgA0GQAWoiASADKAK0BCgCBBEAACABIAMoArQEKAIAEQAAQQAhBSADQQA2ApwCIAMoArQEKAIIDQALC0HOAUHNASADKALUARsLNgKkAQsgAygChAIiBCADKAKAAiIQbCICQQJ0IQcCQAJAIAJFBEBBACELDAELIAJBAEgNASAHEDEiC0EAIAcQGhoLIBNBBWshKQJAIAQgAygCnAIiBU0EQCAEIQEMAQsgBCEBA0AgAyALIAUgAygCgAJsQQJ0ajYC5AQgAygCpAEiBkHNAUcEQCADKAKQASIBIAY2AhggAUEUNgIUIANBkAFqIAEoAgARAAAgAygCnAIhBSADKAKEAiEBCwJAIAEgBU0EQCADKAKQASIBQfsANgIUIANBkAFqQX8gASgCBBEDACADKAKcAiEFDAELIAMoApgBIgYEQCAGIAE2AgggBiAFNgIEIANBkAFqIAYoAgARAAALIANBADYC6AQgA0GQAWogA0HkBGogA0HoBGpBASADKAK4BCgCBBEFACADIAMoApwCIAMoAugEaiIFNgKcAgsgBSADKAKEAiIBSQ0ACwsgKUEESSEGAkACQCADKAKkASIMQc0Ba0EBSw0AIAMoAtABDQAgASAFSwRAIAMoApABIgFBwwA2AhQgA0GQAWogASgCABEAAAsgA0GQAWogAygCtAQoAgQRAAAgA0HSATYCpAEMAQsCQAJAIAxBzwFrDgQAAQECAQsgA0HSATYCpAEMAQsgAygCkAEiASAMNgIYIAFBFDYCFCADQZABaiABKAIAEQAACyAQIAQgBhshDyAEIBAgBhshDQJAAkADQCADKALEBCIBKAIURQRAIANBkAFqIAEoAgARAQANAQwCCwsgA0GQAWoiASADKAKoASgCGBEAACADKAKUASIGRQ0BIAFBASAGKAIkEQMAIAMoAqABBEAgA0EANgLAAyADQcgBNgKkAQwBCyADQeQANgKkAQsgAygClAEiAUUNACADQZABaiABKAIoEQAACyADQQA2AqQBIANBADYClAECQCATQQJJDQACQCACRQRAQQAhCUEAIAsgBxAcGkEAIQ4MAQsgAkEASA0CIAcQMSIJIAsgBxAcGiAHEDEiDkEAIAcQGhoLAkAgD0EATA0AIA1BAEwNAEEAIQIgE0ECayETA0AgAiANbCERIAQgAkF/cyIBaiEMIAEgEGohCEEAIQUDQCAFIQEgAiEGAkACQAJAAkACQAJAAkACQCATDgcGBQQDAgEABwsgCCEBIAUhBgwGCyAEIAVBf3NqIQYgCCEBDAULIAQgBUF/c2ohBiACIQEMBAsgAiEBIAUhBgwDCyAMIQYMAgsgECAFQX9zaiEBIAwhBgwBCyAQIAVBf3NqIQELAkAgAUEASA0AIAQgBkwNACABIBBODQAgBkEASA0AIA4gBSARakECdGogCSAGIBBsIAFqQQJ0aigAADYAAAsgBUEBaiIFIA1HDQALIAJBAWoiAiAPRw0ACwsgCyAOIAcQHBogDgRAIA4QIgsgCUUNACAJECILQczgAC0AAEUEQEHM4ABBAToAABBiEGELIAMgCzYC7AQgAyAHNgLoBCADQQA2AuQEAkBBwOAALQAAQQFxBEBBvOAAKAIAIQUMAQtBAkGUNEEBEAchBUHA4ABBAToAAEG84AAgBTYCAAsCfyAFQajgACgCACADQeQEaiADQegEahAIIjJEAAAAAAAA8EFjIDJEAAAAAAAAAABmcQRAIDKrDAELQQALIQIgAygC5AQiAQRAIAEQBgtBzOAALQAARQRAQczgAEEBOgAAEGIQYQsgAkEJTwRAIAIQGAsgAyAPNgL4BCADIA02AvAEIAMgAjYC6AQgA0EANgLkBAJAQcjgAC0AAEEBcQRAQcTgACgCACEBDAELQQRBoDRBARAHIQFByOAAQQE6AABBxOAAIAE2AgALAn8gAUGw4AAoAgAgA0HkBGogA0HoBGoQCCIyRAAAAAAAAPBBYyAyRAAAAAAAAAAAZnEEQCAyqwwBC0EACyEGIAMoAuQEIQEgACAGNgIEIABB4OUANgIAIAEEQCABEAYLIAJBCU8EQCACEAMLIAsEQCALECILIANBgAVqJAAPC0H4FxBgAAvCAQEFfyMAQSBrIgMkACABKAIAIgRB+P///wdJBEACQAJAIARBC08EQCAEQQdyQQFqIgYQMSEFIAMgBkGAgICAeHI2AhQgAyAFNgIMIAMgBDYCEAwBCyADIAQ6ABcgA0EMaiEFIARFDQELIAUgAUEEaiAEEBwaCyAEIAVqQQA6AAAgA0EYaiADQQxqIAIgABEJACADKAIcIQcgA0EANgIcIAMsABdBAEgEQCADKAIMECILIANBIGokACAHDwtBmRwQYAALFQBB+B9BA0GANEGMNEECQQNBABAFCyIBAX4gASACrSADrUIghoQgBCAAERAAIgVCIIinJAEgBacLBwAgACgCBAsFAEG6GQsWACAARQRAQQAPCyAAQbzWABBIQQBHCxoAIAAgASgCCCAFECUEQCABIAIgAyAEEEcLC6cBACAAIAEoAgggBBAlBEACQCABKAIEIAJHDQAgASgCHEEBRg0AIAEgAzYCHAsPCwJAIAAgASgCACAEECVFDQACQCACIAEoAhBHBEAgASgCFCACRw0BCyADQQFHDQEgAUEBNgIgDwsgASACNgIUIAEgAzYCICABIAEoAihBAWo2AigCQCABKAIkQQFHDQAgASgCGEECRw0AIAFBAToANgsgAUEENgIsCwsYACAAIAEoAghBABAlBEAgASACIAMQRgsLMQAgACABKAIIQQAQJQRAIAEgAiADEEYPCyAAKAIIIgAgASACIAMgACgCACgCHBEFAAuLAgAgACABKAIIIAQQJQRAAkAgASgCBCACRw0AIAEoAhxBAUYNACABIAM2AhwLDwsCQCAAIAEoAgAgBBAlBEACQCACIAEoAhBHBEAgASgCFCACRw0BCyADQQFHDQIgAUEBNgIgDwsgASADNgIgAkAgASgCLEEERg0AIAFBADsBNCAAKAIIIgAgASACIAJBASAEIAAoAgAoAhQRDQAgAS0ANUEBRgRAIAFBAzYCLCABLQA0RQ0BDAMLIAFBBDYCLAsgASACNgIUIAEgASgCKEEBajYCKCABKAIkQQFHDQEgASgCGEECRw0BIAFBAToANg8LIAAoAggiACABIAIgAyAEIAAoAgAoAhgRBAALCzcAIAAgASgCCCAFECUEQCABIAIgAyAEEEcPCyAAKAIIIgAgASACIAMgBCAFIAAoAgAoAhQRDQALpAEBAn8jAEFAaiIDJAACf0EBIAAgAUEAECUNABpBACABRQ0AGkEAIAFB3NUAEEgiAUUNABogA0EIakEAQTgQGhogA0EBOgA7IANBfzYCECADIAA2AgwgAyABNgIEIANBATYCNCABIANBBGogAigCAEEBIAEoAgAoAhwRBQAgAygCHCIAQQFGBEAgAiADKAIUNgIACyAAQQFGCyEEIANBQGskACAECwoAIAAgAUEAECULUQECfyABIAAoAlQiASABIAJBgAJqIgMQTyIEIAFrIAMgBBsiAyACIAIgA0sbIgIQHBogACABIANqIgM2AlQgACADNgIIIAAgASACajYCBCACC6gBAQV/IAAoAlQiAygCACEFIAMoAgQiBCAAKAIUIAAoAhwiB2siBiAEIAZJGyIGBEAgBSAHIAYQHBogAyADKAIAIAZqIgU2AgAgAyADKAIEIAZrIgQ2AgQLIAQgAiACIARLGyIEBEAgBSABIAQQHBogAyADKAIAIARqIgU2AgAgAyADKAIEIARrNgIECyAFQQA6AAAgACAAKAIsIgE2AhwgACABNgIUIAILCQAgACgCPBAWC1YBAn8gACgCPCEEIwBBEGsiACQAIAQgAacgAUIgiKcgAkH/AXEgAEEIahAPIgIEf0Gw3AAgAjYCAEF/BUEACyECIAApAwghASAAQRBqJABCfyABIAIbC84CAQh/IwBBIGsiAyQAIAMgACgCHCIENgIQIAAoAhQhBSADIAI2AhwgAyABNgIYIAMgBSAEayIBNgIUIAEgAmohBUECIQYgA0EQaiEBAn8DQAJAAkACQCAAKAI8IAEgBiADQQxqEBciBAR/QbDcACAENgIAQX8FQQALRQRAIAUgAygCDCIHRg0BIAdBAE4NAgwDCyAFQX9HDQILIAAgACgCLCIBNgIcIAAgATYCFCAAIAEgACgCMGo2AhAgAgwDCyABIAcgASgCBCIISyIJQQN0aiIEIAcgCEEAIAkbayIIIAQoAgBqNgIAIAFBDEEEIAkbaiIBIAEoAgAgCGs2AgAgBSAHayEFIAYgCWshBiAEIQEMAQsLIABBADYCHCAAQgA3AxAgACAAKAIAQSByNgIAQQAgBkECRg0AGiACIAEoAgRrCyEKIANBIGokACAKCyQBAn8gACgCBCIAEEBBAWoiARAfIgIEfyACIAAgARAcBUEACwscACAAQQBBAEEAIAEgAiADIAAoArADKAIEEQcAC2oBAn8CQCAAKAKoAyIEKAIwRQRAIAAgBEEIaiAAKAKsAygCDBEGAEUNASAEQQE2AjALIAAgBEEIaiAEQTRqIAAoArwCIgUgASACIAMgACgCsAMoAgQRBwAgBCgCNCAFSQ0AIARCADcCMAsLkgcBDn8CQCAAKAKoAyIEKAIwRQRAIAAgBCAEKAJAQQJ0aigCOCAAKAKsAygCDBEGAEUNASAEQQE2AjAgBCAEKAJMQQFqNgJMCwJAAkACQCAEKAJEDgMBAgADCyAAIAQgBCgCQEECdGooAjggBEE0aiAEKAJIIAEgAiADIAAoArADKAIEEQcAIAQoAjQgBCgCSEkNAiAEQQA2AkQgAigCACADTw0CCyAEQQA2AjQgBCAAKAK8AiIKQQFrNgJIAkAgBCgCTCAAKALAAkcNACAAKAIkIgtBAEwNACAAKAKoAyIMIAwoAkBBAnRqIREgACgC2AEhCQNAIAkoAiwgCSgCJCAJKAIMbCIFcCIGIAUgBhshBiAFIAptIQUgCEUEQCAMIAZBAWsgBW1BAWo2AkgLAkAgBUEATA0AQQEgBUEBdCIHIAdBAUwbIhBBB3EhDSARKAI4IAhBAnRqKAIAIAZBAnRqIg5BBGsoAgAhBUEAIQ9BACEGIAdBCE4EQCAQQfj///8HcSEQA0AgDiAGQQJ0aiIHIAU2AgAgByAFNgIEIAcgBTYCCCAHIAU2AgwgByAFNgIQIAcgBTYCFCAHIAU2AhggByAFNgIcIAZBCGoiBiAQRw0ACwsgDUUNAANAIA4gBkECdGogBTYCACAGQQFqIQYgD0EBaiIPIA1HDQALCyAJQdQAaiEJIAhBAWoiCCALRw0ACwsgBEEBNgJECyAAIAQgBCgCQEECdGooAjggBEE0aiAEKAJIIAEgAiADIAAoArADKAIEEQcAIAQoAjQgBCgCSEkNACAAKAK8AiECAkAgBCgCTEEBRw0AIAAoAiQiCUEATA0AIAJBAmohDCACQQFqIQ0gACgCqAMhByAAKALYASEIQQAhAANAIAgoAiQgCCgCDGwgAm0iA0EASgRAIABBAnQiASAHKAI8aigCACEFIAcoAjggAWooAgAhBiADIAxsIQ4gAyANbCEPQQAhAQNAIAYgASADa0ECdCIKaiAGIAEgD2pBAnQiC2ooAgA2AgAgBSAKaiAFIAtqKAIANgIAIAYgASAOakECdCIKaiAGIAFBAnQiC2ooAgA2AgAgBSAKaiAFIAtqKAIANgIAIAFBAWoiASADRw0ACwsgCEHUAGohCCAAQQFqIgAgCUcNAAsLIARBADYCMCAEQQI2AkQgBCACQQJqNgJIIAQgAkEBajYCNCAEIAQoAkBBAXM2AkALC8ILAS9/IAAoAsACQQFrIRsgACgCrAMiHCgCSCErAkADQCAAKAKQASIIIAAoApgBIglKDQEgACgCtAMiAygCFA0BIAggCUYEQCAAKAKUASAAKAKcASAAKAKQA0VqSw0CCyAAIAMoAgARAQANAAtBAA8LIAAoAiRBAEoEQCAcQcwAaiEdIAAoAtgBIQoDQAJAIAooAjBFDQACfyAbIAAoApwBIhFLBEAgCigCDCIEQQF0IQMgBAwBCyAKKAIgIAooAgwiBHAiAyAEIAMbIgMLIRYCfyARBEAgACAdIAxBAnRqKAIAIAQgEUEBa2wgAyAEakEAIAAoAgQoAiARCAAgCigCDEECdGoMAQsgACAdIAxBAnRqKAIAQQAgA0EAIAAoAgQoAiARCAALISwgFkEATA0AIAxBAnQiFyAAKALAA2ooAgQhLSAWQQFrIS4gHCgCdCAMQRhsaiEPIAooAkwiCC8BBCIDQQh0IR4gA0EHdCEfIAgvARIiA0EIdCEgIANBB3QhISAILwEAIglBBWwhLyAILwEgIgNBCHQhIiADQQd0ISMgCUEJbCEkIAgvARAiA0EIdCElIANBB3QhJiAILwECIgNBCHQhJyADQQd0ISggCUEkbCEpIAEgF2ooAgAhGCAAKAKkAyEGQQAhEANAICwgEEECdGoiCSgCACAGIBdqIgMoAhQiEkEHdGoiDSEOIBAgEXIEQCAJQQRrKAIAIQ4LAn8gESAbTwRAIA0gECAuRg0BGgsgCSgCBAshEwJAIAMoAjwgEkkEQCAKKAIkIQQMAQsgCigCHEEBayEwQQAhGSATLgEAIhohCCANLgEAIhQhCSAOLgEAIhUhAwNAIAMhBiAVIQMgCSEqIBQhCSAIIQQgGiEIICsgDUGAARAcIQsgEiAwSQRAIBMuAYABIRogDS4BgAEhFCAOLgGAASEVCwJAIA8oAgQiB0UNACALLwECDQAgCwJ/ICkgKiAUa2wiAkEATgRAIAIgKGogJ24iBSAHQQBMDQEaIAVBASAHdCICQQFrIAIgBUobDAELQQAgKCACayAnbiIFQQEgB3QiAkEBayACIAVKGyAFIAdBAEobaws7AQILAkAgDygCCCIHRQ0AIAsvARANACALAn8gKSADIAhrbCICQQBOBEAgAiAmaiAlbiIFIAdBAEwNARogBUEBIAd0IgJBAWsgAiAFShsMAQtBACAmIAJrICVuIgVBASAHdCICQQFrIAIgBUobIAUgB0EAShtrCzsBEAsCQCAPKAIMIgdFDQAgCy8BIA0AIAsCfyAkIAMgCUEBdGsgCGpsIgJBAE4EQCACICNqICJuIgUgB0EATA0BGiAFQQEgB3QiAkEBayACIAVKGwwBC0EAICMgAmsgIm4iBUEBIAd0IgJBAWsgAiAFShsgBSAHQQBKG2sLOwEgCwJAIA8oAhAiAkUNACALLwESDQAgCwJ/IC8gBiAEIBVqayAaamwiBEEATgRAIAQgIWogIG4iBiACQQBMDQEaIAZBASACdCIEQQFrIAQgBkobDAELQQAgISAEayAgbiIGQQEgAnQiBEEBayAEIAZKGyAGIAJBAEobaws7ARILAkAgDygCFCICRQ0AIAsvAQQNACALAn8gJCAqIAlBAXRrIBRqbCIEQQBOBEAgBCAfaiAebiIGIAJBAEwNARogBkEBIAJ0IgRBAWsgBCAGShsMAQtBACAfIARrIB5uIgZBASACdCIEQQFrIAQgBkobIAYgAkEAShtrCzsBBAsgACAKIAsgGCAZIC0RBAAgE0GAAWohEyAOQYABaiEOIA1BgAFqIQ0gCigCJCIEIBlqIRkgEkEBaiISIAAoAqQDIgYgF2ooAjxNDQALCyAYIARBAnRqIRggEEEBaiIQIBZHDQALCyAKQdQAaiEKIAxBAWoiDCAAKAIkSA0ACwsgACAAKAKcAUEBaiIBNgKcAUEDQQQgASAAKALAAkkbC/0FARF/IwBBMGsiAyQAIAAoApwDIQogACgCvAMhBAJ/AkAgACgClAJFDQAgBCgCKA0AIAAoArgDIgUgBSgCGCAEKAIQQQhtajYCGCAEQQA2AhBBACAAIAUoAggRAQBFDQEaIAAoAsgCQQBKBEAgBEEYaiECQQAhBQNAIAIgBUECdGpBADYCACAFQQFqIgUgACgCyAJIDQALCyAEQQA2AhQgBCAAKAKUAjYCKCAAKAKgAw0AIARBADYCCAsgBCgCCEUEQCADIAA2AiwgAyAAKAIYIgIoAgAiCDYCHCADIAIoAgQiBjYCICAEKAIQIQUgBCgCDCEHIAMgBCgCJDYCGCADIAQpAhw3AxAgAyAEKQIUNwMIIAAoAuQCQQBKBEAgBEEsaiELIABBzAJqIQwgAEHoAmohDSADQQhqQQRyIQ5BACEIA0AgASAIQQJ0IgJqKAIAIREgCyAMIAIgDWooAgBBAnQiEGooAgAoAhRBAnRqKAIAIQICfwJAIAVBB0wEQEEAIANBHGogByAFQQAQHkUNBhpBASEGIAMoAiQhByADKAIoIgVBCEgNAQsgAiAHIAVBCGt2Qf8BcUECdGooApQBIglBCHUiBkEISg0AIAlB/wFxIQIgBSAGawwBC0EAIANBHGogByAFIAIgBhAwIgJBAEgNBBogAygCJCEHIAMoAigLIQUgAgR/IAIgBUoEQEEAIANBHGogByAFIAIQHkUNBRogAygCJCEHIAMoAighBQtBfyACdCIGQQFqQQAgBkF/cyAHIAUgAmsiBXZxIgZBASACQQFrdEgbIAZqBUEACyECIA4gEGoiBiAGKAIAIAJqIgI2AgAgESACIAp0OwEAIAhBAWoiCCAAKALkAkgNAAsgAygCICEGIAMoAhwhCCAAKAIYIQILIAIgBjYCBCACIAg2AgAgBCAFNgIQIAQgBzYCDCAEIAMoAhg2AiQgBCADKQMQNwIcIAQgAykDCDcCFAsgBCAEKAIoQQFrNgIoQQELIRIgA0EwaiQAIBILjAYBDX8jAEEgayIDJAAgACgCnAMhCiAAKAKUAyEJIAAoArwDIQQCfwJAIAAoApQCRQ0AIAQoAigNACAAKAK4AyICIAIoAhggBCgCEEEIbWo2AhggBEEANgIQQQAgACACKAIIEQEARQ0BGiAAKALIAkEASgRAIARBGGohBUEAIQIDQCAFIAJBAnRqQQA2AgAgAkEBaiICIAAoAsgCSA0ACwsgBEEANgIUIAQgACgClAI2AiggACgCoAMNACAEQQA2AggLIAQoAghFBEACQCAEKAIUIgIEQCACQQFrIQUMAQsgAyAANgIcIAMgACgCGCICKAIANgIMIAMgAigCBDYCECAEKAIQIQIgBCgCDCEHAn9BACAAKAKQAyIIIAlKDQAaIAEoAgAhCyAEKAI8IgxBlAFqIQ0DQAJ/AkAgAkEHTARAQQAgA0EMaiAHIAJBABAeRQ0HGkEBIQYgAygCFCEHIAMoAhgiAkEISA0BCyANIAcgAkEIa3ZB/wFxQQJ0aigCACIBQQh1IgZBCEoNACABQf8BcSEBIAIgBmsMAQtBACADQQxqIAcgAiAMIAYQMCIBQQBIDQUaIAMoAhQhByADKAIYCyECIAFBBHYhBgJAIAFBD3EiBQRAIAIgBUgEQEEAIANBDGogByACIAUQHkUNBxogAygCFCEHIAMoAhghAgsgCyAGIAhqIgFBAnRBkMIAaigCAEEBdGpBAEF/IAV0IgZBAXIgBkF/cyAHIAIgBWsiAnZxIgYgBUEBa3YbIAZqIAp0OwEADAELIAZBD0YEQCAIQQ9qIQEMAQtBASAGdCEFIAFBEE8EfyACIAZIBEBBACADQQxqIAcgAiAGEB5FDQcaIAMoAhQhByADKAIYIQILIAVBAWsgByACIAZrIgJ2cSAFagUgBQtBAWsMAgsgAUEBaiEIIAEgCUgNAAtBAAshBSAAKAIYIgAgAygCDDYCACAAIAMoAhA2AgQgBCACNgIQIAQgBzYCDAsgBCAFNgIUCyAEIAQoAihBAWs2AihBAQshDiADQSBqJAAgDguxAwEJfyMAQSBrIgUkACAAKAKcAyEJIAAoArwDIQICfwJAIAAoApQCRQ0AIAIoAigNACAAKAK4AyIDIAMoAhggAigCEEEIbWo2AhggAkEANgIQQQAgACADKAIIEQEARQ0BGiAAKALIAkEASgRAIAJBGGohAwNAIAMgBEECdGpBADYCACAEQQFqIgQgACgCyAJIDQALCyACQQA2AhQgAiAAKAKUAjYCKCAAKAKgAw0AIAJBADYCCAsgBSAANgIcIAUgACgCGCIDKAIAIgY2AgwgBSADKAIEIgc2AhAgAigCECEEIAIoAgwhCCAAKALkAkEASgRAQQEgCXQhB0EAIQMDQCABIANBAnRqKAIAIQYgBEEATARAQQAgBUEMaiAIIARBARAeRQ0DGiAFKAIUIQggBSgCGCEECyAIIARBAWsiBHZBAXEEQCAGIAYvAQAgB3I7AQALIANBAWoiAyAAKALkAkgNAAsgBSgCECEHIAUoAgwhBiAAKAIYIQMLIAMgBzYCBCADIAY2AgAgAiAENgIQIAIgCDYCDCACIAIoAihBAWs2AihBAQshCiAFQSBqJAAgCgvJCgERfyMAQaACayIEJAAgACgCnAMhBSAAKAKUAyELIAAoArwDIQcCQAJAIAAoApQCRQ0AIAcoAigNACAAKAK4AyIDIAMoAhggBygCEEEIbWo2AhggB0EANgIQIAAgAygCCBEBAEUNASAAKALIAkEASgRAIAdBGGohCUEAIQMDQCAJIANBAnRqQQA2AgAgA0EBaiIDIAAoAsgCSA0ACwsgB0EANgIUIAcgACgClAI2AiggACgCoAMNACAHQQA2AggLAkAgBygCCEUEQEF/IAV0IQ1BASAFdCEMIAQgADYCnAIgBCAAKAIYIgMoAgA2AowCIAQgAygCBDYCkAIgACgCkAMhBSABKAIAIQogBygCECECIAcoAgwhBgJ/AkACQCAHKAIUIgkNACAFIAtKDQAgBygCPCIQQZQBaiERQQAhAQNAAn8CQCACQQdMBEAgBEGMAmogBiACQQAQHkUNCEEBIQggBCgClAIhBiAEKAKYAiICQQhIDQELIBEgBiACQQhrdkH/AXFBAnRqKAIAIgNBCHUiCEEISg0AIANB/wFxIQMgAiAIawwBCyAEQYwCaiAGIAIgECAIEDAiA0EASA0GIAQoApQCIQYgBCgCmAILIQIgA0EEdiEIAkACQAJAAkAgA0EPcQ4CAgEACyAAKAIAIgNB9gA2AhQgAEF/IAMoAgQRAwALIAJBAEwEQCAEQYwCaiAGIAJBARAeRQ0IIAQoApQCIQYgBCgCmAIhAgsgDCANIAYgAkEBayICdkEBcRshDgwBC0EAIQ4gCEEPRg0AQQEgCHQhCSADQRBJDQMgAiAISARAIARBjAJqIAYgAiAIEB5FDQcgBCgClAIhBiAEKAKYAiECCyAJQQFrIAYgAiAIayICdnEgCWohCQwDCyAFIAsgBSALShsiEkEBaiEJAkADQAJAIAogBSIDQQJ0QZDCAGooAgBBAXRqIgUvAQAEQCACQQBMBEAgBEGMAmogBiACQQEQHkUNCiAEKAKUAiEGIAQoApgCIQILIAYgAkEBayICdkEBcUUNASAMIAUuAQAiD3ENASAFIA8gDSAMIA9BAEgbajsBAAwBCyAIQQBMDQIgCEEBayEICyADQQFqIQUgAyASRw0ACyAJIQMLIA4EQCAKIANBAnRBkMIAaigCACIFQQF0aiAOOwEAIAQgAUECdGogBTYCACABQQFqIQELIANBAWohBSADIAtIDQALQQAMAgtBACIBIAlFDQEaCyAFIAtMBEADQAJAIAogBSIDQQJ0QZDCAGooAgBBAXRqIgUvAQBFDQAgAkEATARAIARBjAJqIAYgAkEBEB5FDQYgBCgClAIhBiAEKAKYAiECCyAGIAJBAWsiAnZBAXFFDQAgDCAFLgEAIghxDQAgBSAIIA0gDCAIQQBIG2o7AQALIANBAWohBSADIAtHDQALCyAJQQFrCyEBIAAoAhgiACAEKAKMAjYCACAAIAQoApACNgIEIAcgATYCFCAHIAI2AhAgByAGNgIMCyAHIAcoAihBAWs2AihBASECDAELIAFBAEwEQEEAIQIMAQsgASIDQQNxIgAEQEEAIQIDQCAKIAQgA0EBayIDQQJ0aigCAEEBdGpBADsBACACQQFqIgIgAEcNAAsLQQAhAiABQQRJDQADQCAKIANBAnQgBGoiAEEEaygCAEEBdGpBADsBACAKIABBCGsoAgBBAXRqQQA7AQAgCiAEIANBA2siAEECdGooAgBBAXRqQQA7AQAgCiAEIANBBGsiA0ECdGooAgBBAXRqQQA7AQAgAEEBSw0ACwsgBEGgAmokACACC54JAg99B38jAEGAAmsiFyQAIAAoAsQCIRQgASgCUCEBIBchAEEIIRgDQCACLwEwIRUCfwJAIAIvARAiGSACLwEgIhZyDQBBACEWIBUNAEEAIRUCQCACLwFADQAgAi8BUA0AIAIvAWANACACLwFwDQEgACABKgIAQwAAAD6UIAIuAQCylCIGOALAASAAIAY4AqABIAAgBjgCgAEgACAGOAJgIAAgBjgCQCAAIAY4AiAgACAGOAIAQeABDAILCyAAIAEqAgBDAAAAPpQgAi4BALKUIgcgASoCgAFDAAAAPpQgAi4BQLKUIgiSIg0gASoCQEMAAAA+lCAWwbKUIgkgASoCwAFDAAAAPpQgAi4BYLKUIgqSIgaSIgsgASoCYEMAAAA+lCAVwbKUIgwgASoCoAFDAAAAPpQgAi4BULKUIg6SIg8gASoCIEMAAAA+lCAZwbKUIhAgASoC4AFDAAAAPpQgAi4BcLKUIhGSIhKSIgWTOALgASAAIAsgBZI4AgAgACAHIAiTIgcgCSAKk0PzBLU/lCAGkyIIkiIJIA4gDJMiCiAQIBGTIguSQ16D7D+UIgwgCkN1PSfAlJIgBZMiBZM4AsABIAAgCSAFkjgCICAAIAcgCJMiByASIA+TQ/MEtT+UIAWTIgWTOAKgASAAIAcgBZI4AkAgACANIAaTIgYgDCALQ9SLir+UkiAFkyIFkjgCYCAGIAWTIQZBgAELIABqIAY4AgAgAkECaiECIAFBBGohASAAQQRqIQAgGEEBSyEaIBhBAWshGCAaDQALIBchAkEAIQEDQCADIAFBAnRqKAIAIARqIgAgFAJ/IAIqAgBDAIAAQ5IiByACKgIQIgiSIg0gAioCCCIJIAIqAhgiCpIiBpIiCyACKgIUIgwgAioCDCIOkiIPIAIqAgQiECACKgIcIhGSIhKSIgWSIhOLQwAAAE9dBEAgE6gMAQtBgICAgHgLQf8HcWotAAA6AAAgACAUAn8gCyAFkyILi0MAAABPXQRAIAuoDAELQYCAgIB4C0H/B3FqLQAAOgAHIAAgFAJ/IAcgCJMiByAJIAqTQ/MEtT+UIAaTIgiSIgkgDCAOkyIKIBAgEZMiC5JDXoPsP5QiDCAKQ3U9J8CUkiAFkyIFkiIKi0MAAABPXQRAIAqoDAELQYCAgIB4C0H/B3FqLQAAOgABIAAgFAJ/IAkgBZMiCYtDAAAAT10EQCAJqAwBC0GAgICAeAtB/wdxai0AADoABiAAIBQCfyAHIAiTIgcgEiAPk0PzBLU/lCAFkyIFkiIIi0MAAABPXQRAIAioDAELQYCAgIB4C0H/B3FqLQAAOgACIAAgFAJ/IAcgBZMiB4tDAAAAT10EQCAHqAwBC0GAgICAeAtB/wdxai0AADoABSAAIBQCfyANIAaTIgYgDCALQ9SLir+UkiAFkyIFkiIHi0MAAABPXQRAIAeoDAELQYCAgIB4C0H/B3FqLQAAOgADIAAgFAJ/IAYgBZMiBotDAAAAT10EQCAGqAwBC0GAgICAeAtB/wdxai0AADoABCACQSBqIQIgAUEBaiIBQQhHDQALIBdBgAJqJAALxQgBE38jAEGAAmsiDiQAIAAoAsQCIRcgASgCUCEBIA4hAEEIIQYDQCACLwEwIQcCfwJAIAIuARAiCCACLwEgIgVyQf//A3ENAEEAIQUgB0H//wNxDQBBACEHAkAgAi8BQA0AIAIvAVANACACLwFgDQAgAi8BcA0BIAAgASgCACACLgEAbCIFNgLAASAAIAU2AqABIAAgBTYCgAEgACAFNgJgIAAgBTYCQCAAIAU2AiAgACAFNgIAQeABDAILCyAAIAEoAsABIAIuAWBsIgogASgCQCAFwWwiC2oiBSABKAKAASACLgFAbCINIAEoAgAgAi4BAGwiCWoiD2oiECABKALgASACLgFwbCIRIAEoAiAgCGwiCGoiEiABKAKgASACLgFQbCITIAEoAmAgB8FsIhRqIhVqIgdrNgLgASAAIAcgEGo2AgAgACALIAprQeoCbEEIdSAFayIKIAkgDWsiC2oiDSATIBRrIglB43psQQh1IAdrIAggEWsiCCAJakHZA2xBCHUiCWoiB2s2AsABIAAgByANajYCICAAIAsgCmsiCiASIBVrQeoCbEEIdSAHayIHazYCoAEgACAHIApqNgJAIAAgByAIQZUCbEEIdSAJa2oiByAPIAVrIgVqNgKAASAFIAdrIQVB4AALIABqIAU2AgAgAkECaiECIAFBBGohASAAQQRqIQAgBkEBSyEWIAZBAWshBiAWDQALIBdBgAFqIQEgDiECQQAhBwNAIAMgB0ECdGooAgAgBGohACACKAIMIQYCfwJAIAIoAgQiDCACKAIIIgVyDQBBACEFIAYNAEEAIQYCQCACKAIQDQAgAigCFA0AIAIoAhgNACACKAIcDQEgACABIAIoAgBBBXZB/wdxai0AACIGOgAGIAAgBjoABSAAIAY6AAQgACAGOgADIAAgBjoAAiAAIAY6AAEgACAGOgAAQQcMAgsLIAAgASACKAIcIgsgDGoiDSAGIAIoAhQiCWoiD2oiCCACKAIYIhAgBWoiCiACKAIQIhEgAigCACISaiITaiIUakEFdkH/B3FqLQAAOgAAIAAgASAUIAhrQQV2Qf8HcWotAAA6AAcgACABIAkgBmsiBkHjemxBCHUgCGsgDCALayIMIAZqQdkDbEEIdSIIaiIGIAUgEGtB6gJsQQh1IAprIgsgEiARayIJaiIFakEFdkH/B3FqLQAAOgABIAAgASAFIAZrQQV2Qf8HcWotAAA6AAYgACABIA0gD2tB6gJsQQh1IAZrIgUgCSALayIGakEFdkH/B3FqLQAAOgACIAAgASAGIAVrQQV2Qf8HcWotAAA6AAUgACABIAUgDEGVAmxBCHUgCGtqIgUgEyAKayIGakEFdkH/B3FqLQAAOgAEIAEgBiAFa0EFdkH/B3FqLQAAIQZBAwsgAGogBjoAACACQSBqIQIgB0EBaiIHQQhHDQALIA5BgAJqJAAL0wkBFH8jAEGAAmsiEiQAIAAoAsQCIRggASgCUCEBIBIhAEEIIQYDQCACLwEwIQcCfwJAIAIuARAiCCACLwEgIgVyQf//A3ENAEEAIQUgBw0AQQAhBwJAIAIvAUANACACLwFQDQAgAi8BYA0AIAIvAXANASAAIAIuAQAgASgCAGxBAnQiBTYCwAEgACAFNgKgASAAIAU2AoABIAAgBTYCYCAAIAU2AkAgACAFNgIgIAAgBTYCAEHgAQwCCwsgACABKAKAASACLgFAbCINIAEoAgAgAi4BAGwiCmpBDXQiDiABKALAASACLgFgbCIPIAEoAkAgBcFsIgVqQdEibCILIAVB/jBsaiITakGACGoiFCABKAIgIAhsIgUgASgC4AEgAi4BcGwiCGpBs0ZsIhAgBUGL4ABsaiAFIAEoAqABIAIuAVBsIglqIhEgASgCYCAHwWwiBSAIaiIHakGhywBsIhUgEUGEZ2xqIhFqIhZrQQt1NgLgASAAIBQgFmpBC3U2AgAgACAKIA1rQQ10Ig0gCyAPQd+Jf2xqIgpqQYAIaiIPIBUgB0G7gn9saiIHIAUgCWpB/dt+bCILIAVB1MQBbGpqIgVrQQt1NgLAASAAIAUgD2pBC3U2AiAgACANIAprQYAIaiIFIAsgCUGzgwFsaiARaiIJa0ELdTYCoAEgACAFIAlqQQt1NgJAIAAgDiATa0GACGoiBSAQIAhBjhNsaiAHaiIHakELdTYCYCAFIAdrQQt1IQVBgAELIABqIAU2AgAgAkECaiECIAFBBGohASAAQQRqIQAgBkEBSyEXIAZBAWshBiAXDQALIBhBgAFqIQEgEiECQQAhCANAIAMgCEECdGooAgAgBGohACACKAIMIQYCfwJAIAIoAgQiBSACKAIIIgdyDQBBACEHIAYNAEEAIQYCQCACKAIQDQAgAigCFA0AIAIoAhgNACACKAIcDQEgACABIAIoAgBBEGpBBXZB/wdxai0AACIGOgAGIAAgBjoABSAAIAY6AAQgACAGOgADIAAgBjoAAiAAIAY6AAEgACAGOgAAQQcMAgsLIAAgASACKAIQIgkgAigCACIMakENdCINIAIoAhgiCiAHakHRImwiDiAHQf4wbGoiD2pBgIAIaiILIAIoAhwiByAFakGzRmwiEyAFQYvgAGxqIAYgB2oiFCAFIAIoAhQiBWoiEGpBocsAbCIRIBBBhGdsaiIQaiIVakESdkH/B3FqLQAAOgAAIAAgASALIBVrQRJ2Qf8HcWotAAA6AAcgACABIAwgCWtBDXQiCSAOIApB34l/bGoiDGpBgIAIaiIKIBEgFEG7gn9saiIOIAUgBmpB/dt+bCILIAZB1MQBbGpqIgZqQRJ2Qf8HcWotAAA6AAEgACABIAogBmtBEnZB/wdxai0AADoABiAAIAEgCSAMa0GAgAhqIgYgCyAFQbODAWxqIBBqIgVqQRJ2Qf8HcWotAAA6AAIgACABIAYgBWtBEnZB/wdxai0AADoABSAAIAEgDSAPa0GAgAhqIgYgEyAHQY4TbGogDmoiBWpBEnZB/wdxai0AADoAAyABIAYgBWtBEnZB/wdxai0AACEGQQQLIABqIAY6AAAgAkEgaiECIAhBAWoiCEEIRw0ACyASQYACaiQAC7wMARt/IwBBgARrIhkkACAAKALEAiEfIAEoAlAhASAZIQADQCAAIAEoAkAgAi4BIGwiCiABKALAASACLgFgbCIOayIRQePYAGwiDyAOQYOkAWxqIhIgASgCgAEgAi4BQGwiC0HP0wBsIhMgAi4BACABKAIAbEENdEGACHIiDGoiFGoiFSABKAJgIAIuATBsIgYgASgCICACLgEQbCIIakHO1gBsIhAgCEHW7X5saiABKAKgASACLgFQbCIHIAhqIhpB6c8AbCIWaiABKALgASACLgFwbCIFIAhqQfzFAGwiF2oiGGtBC3U2AuADIAAgFSAYakELdTYCACAAIBFB1BFsIhEgCkHNOWxqIhUgC0HRImwiCyAMaiIYaiIbIAUgBmoiHEGrVWwiHSAGIAdqQfAIbCIeIBAgBkHNBGxqamoiEGtBC3U2AsADIAAgECAbakELdTYCICAAIA8gCkHCWWxqIgogDCALayIPaiILIAUgB2pBsql/bCIQIB4gB0H6t39saiAWamoiFmtBC3U2AqADIAAgCyAWakELdTYCQCAAIBEgDkGwX2xqIg4gDCATayIMaiIRIB0gBUGYxABsaiAXaiAQaiILa0ELdTYCgAMgACALIBFqQQt1NgJgIAAgDCAOayIMIAUgB2tBoxpsIg4gCCAFa0G2OWwiESAcQZewf2wiCyAFQYXJAWxqamoiBWtBC3U2AuACIAAgBSAMakELdTYCgAEgACAPIAprIgUgGkHVKmwiDCAHIAZrQYnaAGwiCiAHQfpObGpqIA5qIgdrQQt1NgLAAiAAIAUgB2pBC3U2AqABIAAgGCAVayIHIAggBmtBoxpsIgUgBkGa/gBsaiAKaiALaiIGa0ELdTYCoAIgACAGIAdqQQt1NgLAASAAIBQgEmsiBiAFIAhBwop/bGogDGogEWoiCGtBC3U2AoACIAAgBiAIakELdTYC4AEgAEEEaiEAIAFBBGohASACQQJqIQIgCUEBaiIJQQhHDQALIB9BgAFqIQAgGSEBQQAhDANAIAMgDEECdGooAgAgBGoiAiAAIAEoAgwiBiABKAIEIghqQc7WAGwiDSAIQdbtfmxqIAEoAhQiByAIaiIRQenPAGwiD2ogASgCHCIFIAhqQfzFAGwiEmoiCyABKAIIIgogASgCGCIOayITQePYAGwiFCAOQYOkAWxqIhUgASgCAEENdEGAgAhqIgkgASgCECIQQc/TAGwiGmoiFmoiF2pBEnZB/wdxai0AADoAACACIAAgFyALa0ESdkH/B3FqLQAAOgAPIAIgACAFIAZqIgtBq1VsIhcgBiAHakHwCGwiGCANIAZBzQRsampqIg0gE0HUEWwiEyAKQc05bGoiGyAJIBBB0SJsIhBqIhxqIh1qQRJ2Qf8HcWotAAA6AAEgAiAAIB0gDWtBEnZB/wdxai0AADoADiACIAAgBSAHakGyqX9sIg0gGCAHQfq3f2xqIA9qaiIPIBQgCkHCWWxqIgogCSAQayIUaiIQakESdkH/B3FqLQAAOgACIAIgACAQIA9rQRJ2Qf8HcWotAAA6AA0gAiAAIBcgBUGYxABsaiASaiANaiINIBMgDkGwX2xqIg4gCSAaayIJaiIPakESdkH/B3FqLQAAOgADIAIgACAPIA1rQRJ2Qf8HcWotAAA6AAwgAiAAIAUgB2tBoxpsIg0gCCAFa0G2OWwiDyALQZewf2wiEiAFQYXJAWxqamoiBSAJIA5rIglqQRJ2Qf8HcWotAAA6AAQgAiAAIAkgBWtBEnZB/wdxai0AADoACyACIAAgEUHVKmwiBSAHIAZrQYnaAGwiCSAHQfpObGpqIA1qIgcgFCAKayIKakESdkH/B3FqLQAAOgAFIAIgACAKIAdrQRJ2Qf8HcWotAAA6AAogAiAAIAggBmtBoxpsIgcgBkGa/gBsaiAJaiASaiIGIBwgG2siCWpBEnZB/wdxai0AADoABiACIAAgCSAGa0ESdkH/B3FqLQAAOgAJIAIgACAHIAhBwop/bGogBWogD2oiBiAWIBVrIghqQRJ2Qf8HcWotAAA6AAcgAiAAIAggBmtBEnZB/wdxai0AADoACCABQSBqIQEgDEEBaiIMQRBHDQALIBlBgARqJAALqQsBGn8jAEHgA2siGSQAIAAoAsQCIR4gASgCUCEBIBkhAANAIAEoAqABIQUgAi4BUCEIIAEoAiAhECACLgEQIQkgASgC4AEhByACLgFwIQogASgCYCERIAIuATAhEiAAIAIuAQAgASgCAGxBDXRBgAhyIg8gASgCwAEgAi4BYGwiC0G+pX9saiIVIAEoAkAgAi4BIGwiDCABKAKAASACLgFAbCINayIGQcClf2xqQQt1NgLgASAAIAtBnckAbCAPaiIOIAZB9gJsIhogDCANaiINQc7VAGwiFmpqIhcgByAKbCIHQaOdAWwgESASbCIKQfapf2wiEWsgBSAIbCISQbHOAGwiCCAJIBBsIgUgB2siEEGC2gBsaiIJaiIYa0ELdTYCwAMgACAXIBhqQQt1NgIAIAAgC0GEZGwgD2oiDyAGQdAWbCILIA1BzDJsIhdqaiIYIAogB2siGyAFakGaNWwiHCAFQfEgbGoiHWtBC3U2AqADIAAgGCAdakELdTYCICAAIBUgBkGgLWxqIhUgECASa0GxzgBsIhBrQQt1NgKAAyAAIBAgFWpBC3U2AkAgACAGQblmbCIGIA1BgiNsIg1rIA5qIhAgBSAHakHoJGwiEiAIIBFqIAdBr0hsamoiB2tBC3U2AqACIAAgByAQakELdTYCoAEgACAMQZPcAGwiByAWayAaaiAPaiIMIApB5kpsIgogBUG5HmxqIAhrIBJqIghrQQt1NgLgAiAAIAggDGpBC3U2AmAgACAOIBdrIAtqIgsgHCAbQdz0fmxqIgxrQQt1NgLAAiAAIAsgDGpBC3U2AoABIAAgDSAHayAGaiAPaiIGIAogBUHnuH9saiAJaiIFa0ELdTYCgAIgACAFIAZqQQt1NgLAASAAQQRqIQAgAUEEaiEBIAJBAmohAiAUQQFqIhRBCEcNAAsgHkGAAWohACAZIQFBACEUA0AgAyAUQQJ0aigCACAEaiICIAAgASgCHCIGQaOdAWwgASgCDCIPQfapf2wiEGsgASgCFCIJQbHOAGwiCyABKAIEIgUgBmsiEUGC2gBsaiISaiITIAEoAgBBDXRBgIAIaiIMIAEoAhgiDkGdyQBsaiINIAEoAggiCiABKAIQIghrIgdB9gJsIhUgCCAKaiIIQc7VAGwiGmpqIhZqQRJ2Qf8HcWotAAA6AAAgAiAAIBYgE2tBEnZB/wdxai0AADoADiACIAAgBSAPIAZrIhZqQZo1bCIXIAVB8SBsaiIYIA5BhGRsIAxqIhMgB0HQFmwiGyAIQcwybCIcamoiHWpBEnZB/wdxai0AADoAASACIAAgHSAYa0ESdkH/B3FqLQAAOgANIAIgACARIAlrQbHOAGwiCSAOQb6lf2wgDGoiDCAHQaAtbGoiDmpBEnZB/wdxai0AADoAAiACIAAgDiAJa0ESdkH/B3FqLQAAOgAMIAIgACAFIAZqQegkbCIOIA9B5kpsIg8gBUG5HmxqIAtraiIJIApBk9wAbCIKIBprIBVqIBNqIhFqQRJ2Qf8HcWotAAA6AAMgAiAAIBEgCWtBEnZB/wdxai0AADoACyACIAAgFyAWQdz0fmxqIgkgDSAcayAbaiIRakESdkH/B3FqLQAAOgAEIAIgACARIAlrQRJ2Qf8HcWotAAA6AAogAiAAIAsgEGogBkGvSGxqIA5qIgYgB0G5ZmwiCyAIQYIjbCIOayANaiINakESdkH/B3FqLQAAOgAFIAIgACANIAZrQRJ2Qf8HcWotAAA6AAkgAiAAIA8gBUHnuH9saiASaiIFIA4gCmsgC2ogE2oiBmpBEnZB/wdxai0AADoABiACIAAgBiAFa0ESdkH/B3FqLQAAOgAIIAIgACAMIAdBwKX//wBsakESdkH/B3FqLQAAOgAHIAFBIGohASAUQQFqIhRBD0cNAAsgGUHgA2okAAvFCgEWfyMAQcADayIWJAAgACgCxAIhGiABKAJQIQEgFiEAA0AgASgCwAEhByACLgFgIQggASgCQCEKIAIuASAhCSAAIAIuAQAgASgCAGxBDXRBgAhyIg0gASgCgAEgAi4BQGwiC0G+pX9sakELdSIRIAEoAuABIAIuAXBsIg4gASgCICACLgEQbCIMIAEoAmAgAi4BMGwiBWsiEiABKAKgASACLgFQbCIGa2pBAnQiD2s2AsACIAAgDyARajYCYCAAIAcgCGwiCCAJIApsIgpqQeLGAGwiCSAIQfyRf2xqIhEgC0GSFGwgDWoiD2oiFSAFIAZqQe91bCAOQQ10IgdrIg4gBSAMakG31QBsIhcgBUHuZGxqaiITa0ELdTYCgAMgACATIBVqQQt1NgIgIAAgCEHhp39sIApBoydsaiIIIAtByUdsIA1qIhVqIhMgDiAGIAxqIg5B0swAbCIYIAZBieh+bGpqIhlrQQt1NgLgAiAAIBMgGWpBC3U2AkAgACAPIBFrIhEgEkHyHWwgB2siEiAGIAVrQfjZAGwiDyAFQZkrbGpqIgVrQQt1NgKAAiAAIAUgEWpBC3U2AqABIAAgC0HG0QBsIA1qIgUgCSAKQb0RbGoiDWsiCyAOQZQwbCIKIAxBi7x/bGogEmoiCWtBC3U2AuABIAAgCSALakELdTYCwAEgACAFIA1qIgUgFyAMQfC3f2xqIBhqIAdqIgxrQQt1NgKgAyAAIAUgDGpBC3U2AgAgACAVIAhrIgUgDyAGQeaTf2xqIApqIAdqIgZrQQt1NgKgAiAAIAUgBmpBC3U2AoABIABBBGohACABQQRqIQEgAkECaiECIBBBAWoiEEEIRw0ACyAaQYABaiEAIBYhAUEAIQ0DQCADIA1BAnRqKAIAIARqIgIgACABKAIcIhRBDXQiCyABKAIMIgUgASgCBCIMakG31QBsIgkgDEHwt39saiABKAIUIgYgDGoiEUHSzABsIg5qaiISIAEoAhgiCCABKAIIIgpqQeLGAGwiDyAKQb0RbGoiFSABKAIAQQ10QYCACGoiByABKAIQIhBBxtEAbGoiF2oiE2pBEnZB/wdxai0AADoAACACIAAgEyASa0ESdkH/B3FqLQAAOgANIAIgACAFIAZqQe91bCALayISIAkgBUHuZGxqaiIJIA8gCEH8kX9saiIPIAcgEEGSFGxqIhNqIhhqQRJ2Qf8HcWotAAA6AAEgAiAAIBggCWtBEnZB/wdxai0AADoADCACIAAgDiAGQYnofmxqIBJqIgkgCEHhp39sIApBoydsaiIIIBBByUdsIAdqIgpqIg5qQRJ2Qf8HcWotAAA6AAIgAiAAIA4gCWtBEnZB/wdxai0AADoACyACIAAgFCAMIAVrIgkgBmtqQQ10IhQgEEG+pX9sIAdqIgdqQRJ2Qf8HcWotAAA6AAMgAiAAIAcgFGtBEnZB/wdxai0AADoACiACIAAgEUGUMGwiByAGIAVrQfjZAGwiECALIAZB5pN/bGpqaiIGIAogCGsiCGpBEnZB/wdxai0AADoABCACIAAgCCAGa0ESdkH/B3FqLQAAOgAJIAIgACAJQfIdbCALayIGIBAgBUGZK2xqaiIFIBMgD2siC2pBEnZB/wdxai0AADoABSACIAAgCyAFa0ESdkH/B3FqLQAAOgAIIAIgACAHIAxBi7x/bGogBmoiBSAXIBVrIgZqQRJ2Qf8HcWotAAA6AAYgAiAAIAYgBWtBEnZB/wdxai0AADoAByABQSBqIQEgDUEBaiINQQ5HDQALIBZBwANqJAAL/QoBF38jAEGgA2siFiQAIAAoAsQCIRsgASgCUCEBIBYhAANAIAEoAuABIQogAi4BcCEQIAEoAmAhBSACLgEwIQYgASgCoAEhESACLgFQIRMgASgCICEIIAIuARAhCyAAIAIuAQAgASgCAGxBDXRBgAhyIgwgASgCgAEgAi4BQGwiDSABKALAASACLgFgbCIOayIPIAEoAkAgAi4BIGwiB2tBwdoAbGpBC3U2AsABIAAgD0GZBmwgDGoiFyANIA5qIg1B+ckAbCIOIAdB8dcAbGpqIhQgBSAGbCIFIAggC2wiCGpB0NQAbCILIAhB2/5+bGogESATbCIGIAhqQb7KAGwiEWogCiAQbCIKIAhqIhBBgjxsIhNqIhVrQQt1NgKAAyAAIBQgFWpBC3U2AgAgACAPQZUfbCAMaiIUIAdB4MMAbCANQaAUbCIVa2oiGCAFIApqQcK1f2wiGSAFIAZqQatqbCIaIAsgBUHLNWxqamoiC2tBC3U2AuACIAAgCyAYakELdTYCICAAIAdBjCBsIA5rIBdqIgsgBiAKakH4VWwiDiAaIAZBsZt/bGogEWpqIhFrQQt1NgLAAiAAIAsgEWpBC3U2AkAgACAPQYJEbCAMaiIMIAdBjHVsIA1B8htsIg9raiINIBkgCkGUjQFsaiATaiAOaiIRa0ELdTYCoAIgACANIBFqQQt1NgJgIAAgDyAHQctMbGogDGoiDCAQQdUVbCAGIAVrQYI8bGoiDyAIQbMUbGogBUGWYmxqIgVrQQt1NgKAAiAAIAUgDGpBC3U2AoABIAAgFSAHQe6vf2xqIBRqIgcgDyAGQc4YbGogCkG/kH9saiIFa0ELdTYC4AEgACAFIAdqQQt1NgKgASAAQQRqIQAgAUEEaiEBIAJBAmohAiASQQFqIhJBCEcNAAsgG0GAAWohACAWIQFBACEMA0AgAyAMQQJ0aigCACAEaiICIAAgASgCDCIFIAEoAgQiCGpB0NQAbCIJIAhB2/5+bGogASgCFCIGIAhqQb7KAGwiEGogASgCHCIKIAhqIhFBgjxsIhNqIgsgASgCGCISIAEoAhAiDmoiDUH5yQBsIhcgASgCCCIHQfHXAGxqIAEoAgBBDXRBgIAIaiIPIA4gEmsiEkGZBmxqIg5qIhRqQRJ2Qf8HcWotAAA6AAAgAiAAIBQgC2tBEnZB/wdxai0AADoADCACIAAgBSAKakHCtX9sIgsgBSAGakGramwiFCAJIAVByzVsampqIgkgEkGVH2wgD2oiFSAHQeDDAGwgDUGgFGwiGGtqIhlqQRJ2Qf8HcWotAAA6AAEgAiAAIBkgCWtBEnZB/wdxai0AADoACyACIAAgBiAKakH4VWwiCSAUIAZBsZt/bGogEGpqIhAgB0GMIGwgF2sgDmoiDmpBEnZB/wdxai0AADoAAiACIAAgDiAQa0ESdkH/B3FqLQAAOgAKIAIgACALIApBlI0BbGogE2ogCWoiCSASQYJEbCAPaiIQIAdBjHVsIA1B8htsIg1raiITakESdkH/B3FqLQAAOgADIAIgACATIAlrQRJ2Qf8HcWotAAA6AAkgAiAAIBFB1RVsIAYgBWtBgjxsaiIJIAhBsxRsaiAFQZZibGoiBSANIAdBy0xsaiAQaiIIakESdkH/B3FqLQAAOgAEIAIgACAIIAVrQRJ2Qf8HcWotAAA6AAggAiAAIAkgBkHOGGxqIApBv5B/bGoiBSAYIAdB7q9/bGogFWoiBmpBEnZB/wdxai0AADoABSACIAAgBiAFa0ESdkH/B3FqLQAAOgAHIAIgACASIAdrQcHaAGwgD2pBEnZB/wdxai0AADoABiABQSBqIQEgDEEBaiIMQQ1HDQALIBZBoANqJAALlgkBFX8jAEGAA2siFSQAIAAoAsQCIRkgASgCUCEBIBUhAANAIAEoAoABIQggAi4BQCEOIAAgASgCQCACLgEgbCIPIAEoAsABIAIuAWBsIglrQQ10IgogAi4BACABKAIAbEENdEGACHIiC2oiDCABKAIgIAIuARBsIgYgASgC4AEgAi4BcGwiB2siECABKAJgIAIuATBsIhEgASgCoAEgAi4BUGwiBWsiEmpB0SJsIhMgEEH+MGxqIhBrQQt1NgLAAiAAIAwgEGpBC3U2AiAgACALIAprIgogEyASQd+Jf2xqIgxrQQt1NgLgASAAIAogDGpBC3U2AoABIAAgCCAObEGxzgBsIg4gC2oiCiAJQQ10IgkgD0G21wBsaiIMayIQIAcgBSAGaiISakGNN2wiCCARQa9dbCITIAZB3FRsaiAHQYyBf2xqaiIUa0ELdTYCwAEgACAQIBRqQQt1NgKgASAAIAogDGoiCiAIIBJB2xBsaiIMIBFBz9MAbCIRIAZB9xFsamoiBmtBC3U2AuACIAAgBiAKakELdTYCACAAIA9BthdsIAlrIgYgCyAOayILaiIPIAUgB2pBi71/bCIOIAVBsKF/bCATamogDGoiBWtBC3U2AqACIAAgBSAPakELdTYCQCAAIAsgBmsiCyAHQcblAGwgEWsgCGogDmoiB2tBC3U2AoACIAAgByALakELdTYCYCAAQQRqIQAgAUEEaiEBIAJBAmohAiANQQFqIg1BCEcNAAsgGUGAAWohACAVIQFBACELA0AgAyALQQJ0aigCACAEaiICIAAgASgCDCIPQc/TAGwiFiABKAIEIgZB9xFsaiABKAIUIgUgBmoiDSABKAIcIgdqQY03bCIRIA1B2xBsaiIOaiIJIAEoAhgiCkENdCIMIAEoAggiCEG21wBsaiIQIAEoAgBBDXRBgIAIaiINIAEoAhBBsc4AbCISaiITaiIUakESdkH/B3FqLQAAOgAAIAIgACAUIAlrQRJ2Qf8HcWotAAA6AAsgAiAAIAYgB2siCSAPIAVrIhRqQdEibCIXIAlB/jBsaiIJIAggCmtBDXQiCiANaiIYakESdkH/B3FqLQAAOgABIAIgACAYIAlrQRJ2Qf8HcWotAAA6AAogAiAAIA4gBSAHakGLvX9sIg4gD0GvXWwiDyAFQbChf2xqamoiBSAIQbYXbCAMayIIIA0gEmsiCWoiDGpBEnZB/wdxai0AADoAAiACIAAgDCAFa0ESdkH/B3FqLQAAOgAJIAIgACAHQcblAGwgFmsgEWogDmoiBSAJIAhrIghqQRJ2Qf8HcWotAAA6AAMgAiAAIAggBWtBEnZB/wdxai0AADoACCACIAAgFyAUQd+Jf2xqIgUgDSAKayINakESdkH/B3FqLQAAOgAEIAIgACANIAVrQRJ2Qf8HcWotAAA6AAcgAiAAIA8gBkHcVGxqIAdBjIF/bGogEWoiByATIBBrIgZqQRJ2Qf8HcWotAAA6AAUgAiAAIAYgB2tBEnZB/wdxai0AADoABiABQSBqIQEgC0EBaiILQQxHDQALIBVBgANqJAAL5QkBFX8jAEHgAmsiFSQAIAAoAsQCIRkgASgCUCEBIBUhAANAIAEoAuABIQUgAi4BcCELIAEoAmAhBiACLgEwIQggASgCoAEhDiACLgFQIQ8gASgCICEJIAIuARAhECAAIAIuAQAgASgCAGxBDXRBgAhyIgwgASgCwAEgAi4BYGwiDSABKAJAIAIuASBsIgdqIhcgASgCgAEgAi4BQGwiCmsiEkG/pX9sakELdTYCoAEgACASQezWAGwgDGoiDCAKIA1rQf6iAWwiEmogDUG1hwFsaiITIAYgCGwiBiAJIBBsIglqIhBB6jhsIhQgCUH2RGxqIA4gD2wiCCAJakH0KmwiDmogBSALbCIFIAggEGpqQcAZbCILIAUgCWpBuBdsaiIJaiIPa0ELdTYCwAIgACAPIBNqQQt1NgIAIAAgDCAXQYW2f2xqIg8gDUHDTWxqIg0gCyAGIAhqQcm1f2xqIhAgDiAIQdqzf2xqaiIOa0ELdTYCgAIgACANIA5qQQt1NgJAIAAgDCAKIAdrQckbbGoiDSAHQZGff2xqIgwgCSAFIAZqQfWMf2wiCSAFQceGAWxqaiIOa0ELdTYC4AEgACAMIA5qQQt1NgJgIAAgCkG5/ABsIAdB/aZ/bGogD2oiByAIQYvAAGwgBkGNon9saiAFQZaUf2xqIAtqIghrQQt1NgLAASAAIAcgCGpBC3U2AoABIAAgDSAKQbSLf2xqIBJqIgogFCAGQdiEAWxqIAlqIBBqIgZrQQt1NgKgAiAAIAYgCmpBC3U2AiAgAEEEaiEAIAFBBGohASACQQJqIQIgEUEBaiIRQQhHDQALIBlBgAFqIQAgFSEBQQAhDQNAIAMgDUECdGooAgAgBGoiAiAAIAEoAgwiCiABKAIEIgVqIgdB6jhsIgsgBUH2RGxqIAEoAhQiBiAFakH0KmwiFmogASgCHCIIIAYgB2pqQcAZbCIRIAUgCGpBuBdsaiIOaiIPIAEoAgBBDXRBgIAIaiIQIAEoAhgiByABKAIIIglqIhcgASgCECIFayISQezWAGxqIgwgBSAHa0H+ogFsIhNqIAdBtYcBbGoiFGpBEnZB/wdxai0AADoAACACIAAgFCAPa0ESdkH/B3FqLQAAOgAKIAIgACARIAYgCmpBybV/bGoiDyAIIApqQfWMf2wiFCALIApB2IQBbGpqaiILIBMgDCAFIAlrQckbbGoiEyAFQbSLf2xqaiIYakESdkH/B3FqLQAAOgABIAIgACAYIAtrQRJ2Qf8HcWotAAA6AAkgAiAAIBYgBkHas39saiAPaiILIAwgF0GFtn9saiIMIAdBw01saiIHakESdkH/B3FqLQAAOgACIAIgACAHIAtrQRJ2Qf8HcWotAAA6AAggAiAAIBQgCEHHhgFsaiAOaiIHIBMgCUGRn39saiILakESdkH/B3FqLQAAOgADIAIgACALIAdrQRJ2Qf8HcWotAAA6AAcgAiAAIAZBi8AAbCAKQY2if2xqIAhBlpR/bGogEWoiCiAFQbn8AGwgCUH9pn9saiAMaiIGakESdkH/B3FqLQAAOgAEIAIgACAGIAprQRJ2Qf8HcWotAAA6AAYgAiAAIBJBv6X//wBsIBBqQRJ2Qf8HcWotAAA6AAUgAUEgaiEBIA1BAWoiDUELRw0ACyAVQeACaiQAC/0HARJ/IwBBwAJrIhUkACAAKALEAiEWIAEoAlAhASAVIQADQCABKALAASEIIAIuAWAhCSABKAJAIQogAi4BICERIAAgAi4BACABKAIAbEENdEGACHIiBSABKAKAASACLgFAbCIGQb6lf2xqQQt1IgsgASgCICACLgEQbCIHIAEoAqABIAIuAVBsIgwgASgCYCACLgEwbCINIAEoAuABIAIuAXBsIhJrIg5qa0ECdCITazYC4AEgACALIBNqNgJAIAAgCCAJbCIIIAogEWwiCWpBmjVsIgogCUHxIGxqIgkgBkGdyQBsIAVqIhFqIgsgDEENdCIMIA5B4xNsaiITIA0gEmoiDUHvPGwiEiAHQbPZAGxqaiIUa0ELdTYCoAIgACALIBRqQQt1NgIAIAAgBkGEZGwgBWoiBSAKIAhB3PR+bGoiBmsiCCAOQZ1MbCAMaiIOIAdBjClsIA1BzyVsIgpraiILa0ELdTYCwAEgACAIIAtqQQt1NgJgIAAgESAJayIIIAdBlA5sIBJrIBNqIglrQQt1NgKgASAAIAggCWpBC3U2AoABIAAgBSAGaiIFIAdB09AAbCAKIA5qayIHa0ELdTYCgAIgACAFIAdqQQt1NgIgIABBBGohACABQQRqIQEgAkECaiECIA9BAWoiD0EIRw0ACyAWQYABaiEAIBUhAkEAIQ8DQCADIA9BAnRqKAIAIARqIgEgACACKAIcIgUgAigCDCIGaiIQQe88bCIIIAIoAgQiB0Gz2QBsaiACKAIUIglBDXQiCiAGIAVrIgVB4xNsaiIRaiILIAIoAhgiDCACKAIIIgZqQZo1bCINIAZB8SBsaiISIAIoAgBBDXRBgIAIaiIGIAIoAhAiDkGdyQBsaiITaiIUakESdkH/B3FqLQAAOgAAIAEgACAUIAtrQRJ2Qf8HcWotAAA6AAkgASAAIAdB09AAbCAQQc8lbCIQIAVBnUxsIApqIgpqayILIA0gDEHc9H5saiIMIA5BhGRsIAZqIg1qIhRqQRJ2Qf8HcWotAAA6AAEgASAAIBQgC2tBEnZB/wdxai0AADoACCABIAAgByAFIAlqa0ENdCIFIA5BvqV/bCAGaiIGakESdkH/B3FqLQAAOgACIAEgACAGIAVrQRJ2Qf8HcWotAAA6AAcgASAAIAdBjClsIBBrIApqIgUgDSAMayIGakESdkH/B3FqLQAAOgADIAEgACAGIAVrQRJ2Qf8HcWotAAA6AAYgASAAIAdBlA5sIAhrIBFqIgcgEyASayIFakESdkH/B3FqLQAAOgAEIAEgACAFIAdrQRJ2Qf8HcWotAAA6AAUgAkEgaiECIA9BAWoiD0EKRw0ACyAVQcACaiQAC7UHARR/IwBBoAJrIhIkACAAKALEAiEYIAEoAlAhASASIQADQCABKAJgIQogAi4BMCEIIAEoAqABIQYgAi4BUCEOIAEoAuABIQ8gAi4BcCEJIAEoAiAhECACLgEQIRMgACACLgEAIAEoAgBsQQ10QYAIciILIAEoAsABIAIuAWBsIhFBvqV/bGoiFCABKAJAIAIuASBsIgcgASgCgAEgAi4BQGwiBWsiFUG+pX9sakELdTYCgAEgACARQaEtbCALaiILIAUgB2pBh9UAbCIRIAVB3A9sIhZraiIXIAYgDmwiBSAQIBNsIgZqQZc6bCIOIAggCmxBz7F/bCIKayAJIA9sIgggBmpB+h5sIg9qIglrQQt1NgKAAiAAIAkgF2pBC3U2AgAgACAUIBVBoS1saiIJIAYgBSAIamtBsc4AbCIGa0ELdTYC4AEgACAGIAlqQQt1NgIgIAAgB0GrxQBsIgcgCyARa2oiBiAKIAUgCGtBkdkAbCIFayAOaiIIa0ELdTYCwAEgACAGIAhqQQt1NgJAIAAgCyAHayAWaiIHIAUgCmogD2oiBWtBC3U2AqABIAAgBSAHakELdTYCYCAAQQRqIQAgAUEEaiEBIAJBAmohAiANQQFqIg1BCEcNAAsgGEGAAWohASASIQBBACENA0AgAyANQQJ0aigCACAEaiICIAEgACgCFCIHIAAoAgQiBWpBlzpsIg4gACgCDEHPsX9sIgtrIAAoAhwiBiAFakH6HmwiD2oiCSAAKAIAQQ10QYCACGoiECAAKAIYIhNBoS1saiIKIAAoAhAiCCAAKAIIIgxqQYfVAGwiESAIQdwPbCIUa2oiFWpBEnZB/wdxai0AADoAACACIAEgFSAJa0ESdkH/B3FqLQAAOgAIIAIgASAFIAYgB2prQbHOAGwiBSATQb6lf2wgEGoiCSAMIAhrIghBoS1saiIQakESdkH/B3FqLQAAOgABIAIgASAQIAVrQRJ2Qf8HcWotAAA6AAcgAiABIAsgByAGa0GR2QBsIgdrIA5qIgUgDEGrxQBsIgYgCiARa2oiDGpBEnZB/wdxai0AADoAAiACIAEgDCAFa0ESdkH/B3FqLQAAOgAGIAIgASAHIAtqIA9qIgcgCiAGayAUaiIFakESdkH/B3FqLQAAOgADIAIgASAFIAdrQRJ2Qf8HcWotAAA6AAUgAiABIAkgCEG+pf//AGxqQRJ2Qf8HcWotAAA6AAQgAEEgaiEAIA1BAWoiDUEJRw0ACyASQaACaiQAC8EGARF/IwBB0AFrIhEkACAAKALEAiEVIAEoAlAhACARIQEDQCAAKAKgASEIIAIuAVAhCSAAKAIgIQ0gAi4BECEPIAAoAmAhCiACLgEwIRIgASACLgEAIAAoAgBsQQ10QYAIciIGIAAoAoABIAIuAUBsIgsgACgCwAEgAi4BYGwiBSAAKAJAIAIuASBsIgxqIhBrQcHaAGxqQQt1NgJUIAEgEEHG0QBsIAZqIhAgCyAFa0G3OGwiEyAFQYN7bGpqIhQgCCAJbCIFIA0gD2wiCGpBoydsIg0gCiASbCIJIAhqQe87bCIPIAggCWtB8wpsIghraiIKa0ELdTYCqAEgASAKIBRqQQt1NgIAIAEgDCALa0GSFGwiCiAMQfHhfmxqIBBqIgwgBSAJakHhp39sIgkgDSAFQd73AGxqaiIFa0ELdTYCcCABIAUgDGpBC3U2AjggASALQZWKf2wgBmogCmogE2oiCyAIIA9qIAlqIgZrQQt1NgKMASABIAYgC2pBC3U2AhwgAUEEaiEBIABBBGohACACQQJqIQIgB0EBaiIHQQdHDQALIBVBgAFqIQAgESECQQAhCwNAIAMgC0ECdGooAgAgBGoiASAAIAIoAgwiBiACKAIEIgdqQe87bCIOIAcgBmtB8wpsIg1rIAIoAhQiBSAHakGjJ2wiD2oiCiACKAIQIgcgAigCGCIMa0G3OGwiEiAMQYN7bGogAigCAEENdEGAgAhqIgggDCACKAIIIglqIgxBxtEAbGoiEGoiE2pBEnZB/wdxai0AADoAACABIAAgEyAKa0ESdkH/B3FqLQAAOgAGIAEgACAFIAZqQeGnf2wiBiANIA5qaiIOIAkgB2tBkhRsIg0gB0GVin9sIAhqaiASaiIKakESdkH/B3FqLQAAOgABIAEgACAKIA5rQRJ2Qf8HcWotAAA6AAUgASAAIA8gBUHe9wBsaiAGaiIGIA0gCUHx4X5saiAQaiIFakESdkH/B3FqLQAAOgACIAEgACAFIAZrQRJ2Qf8HcWotAAA6AAQgASAAIAcgDGtBwdoAbCAIakESdkH/B3FqLQAAOgADIAJBHGohAiALQQFqIgtBB0cNAAsgEUHQAWokAAvnBAENfyMAQZABayINJAAgACgCxAIhESABKAJQIQAgDSEBA0AgACgCQCEHIAIuASAhCSABIAIuAQAgACgCAGxBDXRBgAhyIgogACgCgAEgAi4BQGwiC0G+pX9sakELdSIPIAAoAiAgAi4BEGwiBSAAKAJgIAIuATBsIgYgACgCoAEgAi4BUGwiDGprQQJ0IhBrNgJgIAEgDyAQajYCGCABIAcgCWxBsc4AbCIHIAtBoS1sIApqIglqIgogBSAMakG2F2wiCyAFIAZqQQ10aiIFa0ELdTYCeCABIAUgCmpBC3U2AgAgASAJIAdrIgUgCyAMIAZrQQ10aiIGa0ELdTYCSCABIAUgBmpBC3U2AjAgAUEEaiEBIABBBGohACACQQJqIQIgCEEBaiIIQQZHDQALIBFBgAFqIQAgDSECQQAhCANAIAMgCEECdGooAgAgBGoiASAAIAIoAhQiBSACKAIEIgZqQbYXbCIOIAIoAgwiDCAGakENdGoiByACKAIAQQ10QYCACGoiCSACKAIQIgpBoS1saiILIAIoAghBsc4AbCIPaiIQakESdkH/B3FqLQAAOgAAIAEgACAQIAdrQRJ2Qf8HcWotAAA6AAUgASAAIAYgBSAMamtBDXQiBiAKQb6lf2wgCWoiB2pBEnZB/wdxai0AADoAASABIAAgByAGa0ESdkH/B3FqLQAAOgAEIAEgACAOIAUgDGtBDXRqIgUgCyAPayIGakESdkH/B3FqLQAAOgACIAEgACAGIAVrQRJ2Qf8HcWotAAA6AAMgAkEYaiECIAhBAWoiCEEGRw0ACyANQZABaiQAC8oOAS9/IAMoAgAgBGoiBSAAKALEAkGAAWoiACABKAJQIgEoAmwgAi4BNmwiCSABKAIsIAIuARZsIgtqQZo1bCIGIAtB8SBsaiILIAIuAQYgASgCDGxBDXRBgAhyIgcgASgCTCACLgEmbCIKIAEoAowBIAIuAUZsIhRrIg1B0BZsaiIOIAogFGpBzDJsIgpqIhRqQQt1IgggASgCZCACLgEybCIMIAEoAiQgAi4BEmwiFWpBmjVsIhYgFUHxIGxqIhUgAi4BAiABKAIEbEENdEGACHIiFyABKAJEIAIuASJsIg8gASgChAEgAi4BQmwiGGsiGUHQFmxqIhogDyAYakHMMmwiD2oiGGpBC3UiEGpBmjVsIhsgEEHxIGxqIhAgASgCYCACLgEwbCIRIAEoAiAgAi4BEGwiHGpBmjVsIh0gHEHxIGxqIhwgAi4BACABKAIAbEENdEGACHIiJyABKAJAIAIuASBsIhIgASgCgAEgAi4BQGwiHmsiKEHQFmxqIhMgEiAeakHMMmwiEmoiHmpBAnRBgEBxQYCACGoiHyABKAJoIAIuATRsIiAgASgCKCACLgEUbCIhakGaNWwiKSAhQfEgbGoiISACLgEEIAEoAghsQQ10QYAIciIqIAEoAkggAi4BJGwiIiABKAKIASACLgFEbCIjayIrQdAWbGoiLCAiICNqQcwybCIiaiIjakELdSIkIAEoAnAgAi4BOGwiLSABKAIwIAIuARhsIiVqQZo1bCIuICVB8SBsaiIlIAIuAQggASgCEGxBDXRBgAhyIi8gASgCUCACLgEobCImIAEoApABIAIuAUhsIgFrIgJB0BZsaiIwIAEgJmpBzDJsIiZqIjFqQQt1IgFrIjJB0BZsaiIzIAEgJGpBzDJsIgFqIiRqQRJ2Qf8HcWotAAA6AAAgBSAAICQgEGtBEnZB/wdxai0AADoABCAFIAAgGyAIQdz0fmxqIgggMyABayIBakESdkH/B3FqLQAAOgABIAUgACABIAhrQRJ2Qf8HcWotAAA6AAMgBSAAIDJBwKX//wBsIB9qQRJ2Qf8HcWotAAA6AAIgAygCBCAEaiIBIAAgBiAJQdz0fmxqIgUgDiAKayIJakELdSIGIBYgDEHc9H5saiIKIBogD2siDmpBC3UiCGpBmjVsIgwgCEHxIGxqIgggHSARQdz0fmxqIhYgEyASayIPakECdEGAQHFBgIAIaiIaICkgIEHc9H5saiIQICwgImsiG2pBC3UiESAuIC1B3PR+bGoiHSAwICZrIhJqQQt1IhNrIh9B0BZsaiIgIBEgE2pBzDJsIhFqIhNqQRJ2Qf8HcWotAAA6AAAgASAAIBMgCGtBEnZB/wdxai0AADoABCABIAAgDCAGQdz0fmxqIgYgICARayIIakESdkH/B3FqLQAAOgABIAEgACAIIAZrQRJ2Qf8HcWotAAA6AAMgASAAIB9BwKX//wBsIBpqQRJ2Qf8HcWotAAA6AAIgAygCCCAEaiIBIAAgDUHApX9sIAdqQQt1IgYgGUHApX9sIBdqQQt1IgdqQZo1bCINIAdB8SBsaiIHIChBwKX//wNsICdqQQJ0QYBAcUGAgAhqIgggK0HApX9sICpqQQt1IgwgAkHApX9sIC9qQQt1IgJrIhdB0BZsaiIZIAIgDGpBzDJsIgJqIgxqQRJ2Qf8HcWotAAA6AAAgASAAIAwgB2tBEnZB/wdxai0AADoABCABIAAgDSAGQdz0fmxqIgYgGSACayICakESdkH/B3FqLQAAOgABIAEgACACIAZrQRJ2Qf8HcWotAAA6AAMgASAAIBdBwKX//wBsIAhqQRJ2Qf8HcWotAAA6AAIgAygCDCAEaiIBIAAgCSAFa0ELdSICIA4gCmtBC3UiBWpBmjVsIgkgBUHxIGxqIgUgDyAWa0ECdEGAQHFBgIAIaiIGIBsgEGtBC3UiByASIB1rQQt1IgprIg1B0BZsaiIOIAcgCmpBzDJsIgdqIgpqQRJ2Qf8HcWotAAA6AAAgASAAIAogBWtBEnZB/wdxai0AADoABCABIAAgCSACQdz0fmxqIgIgDiAHayIFakESdkH/B3FqLQAAOgABIAEgACAFIAJrQRJ2Qf8HcWotAAA6AAMgASAAIA1BwKX//wBsIAZqQRJ2Qf8HcWotAAA6AAIgAygCECAEaiIBIAAgFCALa0ELdSICIBggFWtBC3UiA2pBmjVsIgQgA0HxIGxqIgMgHiAca0ECdEGAQHFBgIAIaiIFICMgIWtBC3UiCSAxICVrQQt1IgtrIgZB0BZsaiIHIAkgC2pBzDJsIglqIgtqQRJ2Qf8HcWotAAA6AAAgASAAIAsgA2tBEnZB/wdxai0AADoABCABIAAgBCACQdz0fmxqIgIgByAJayIDakESdkH/B3FqLQAAOgABIAEgACADIAJrQRJ2Qf8HcWotAAA6AAMgASAAIAZBwKX//wBsIAVqQRJ2Qf8HcWotAAA6AAILnwYBDX8gACgCxAIhESABKAJQIQAjAEGAAWsiCCEBQQghBgNAIAZBBEcEQCACLwEwIQUCfwJAIAIuARAiCSACLwEgIgdyQf//A3ENAEEAIQcgBUH//wNxDQBBACEFAkAgAi8BUA0AIAIvAWANACACLwFwDQEgASACLgEAIAAoAgBsQQJ0IgU2AkAgASAFNgIgIAEgBTYCAEHgAAwCCwsgASACLgFgIAAoAsABbEGCT2wgACgCQCAHwWxBofYAbGoiByACLgEAIAAoAgBsQQ50IgtqQYAQaiIMIAAoAqABIAIuAVBsIg1BwllsIAAoAuABIAIuAXBsIg5BsF9saiAAKAJgIAXBbCIFQc05bGogACgCICAJbCIJQYOkAWxqIg9rQQx1NgJgIAEgDCAPakEMdTYCACABIAsgB2tBgBBqIgcgDUH13ABsIA5BvnJsaiAFQfn0fmxqIAlB+cMAbGoiBWpBDHU2AiAgByAFa0EMdSEFQcAACyABaiAFNgIACyABQQRqIQEgAEEEaiEAIAJBAmohAiAGQQFLIRAgBkEBayEGIBANAAsgEUGAAWohASAIIQJBACEFA0AgAyAFQQJ0aigCACAEaiEAIAIoAgwhBgJ/AkAgAigCBCIHIAIoAggiCHINAEEAIQggBg0AQQAhBgJAIAIoAhQNACACKAIYDQAgAigCHA0BIAAgASACKAIAQRBqQQV2Qf8HcWotAAAiBjoAAiAAIAY6AAEgACAGOgAAQQMMAgsLIAAgASACKAIYQYJPbCAIQaH2AGxqIgggAigCAEEOdCIKakGAgBBqIgkgAigCHCILQbBfbCAHQYOkAWxqIAIoAhQiDEHCWWxqIAZBzTlsaiINakETdkH/B3FqLQAAOgAAIAAgASAJIA1rQRN2Qf8HcWotAAA6AAMgACABIAogCGtBgIAQaiIIIAtBvnJsIAdB+cMAbGogDEH13ABsaiAGQfn0fmxqIgZqQRN2Qf8HcWotAAA6AAEgASAIIAZrQRN2Qf8HcWotAAAhBkECCyAAaiAGOgAAIAJBIGohAiAFQQFqIgVBBEcNAAsLzwQBD38gAygCACAEaiIFIAAoAsQCQYABaiIAIAIuARAgASgCUCIBKAIgbEGxzgBsIgggAi4BACABKAIAbEENdEGACHIiBiABKAJAIAIuASBsIgdBoS1saiIJakECdEGAQHFBgIAIaiIKIAIuARQgASgCKGxBsc4AbCILIAIuAQQgASgCCGxBDXRBgAhyIgwgASgCSCACLgEkbCINQaEtbGoiDmpBC3UiD0GhLWxqIhAgAi4BEiABKAIkbEGxzgBsIhEgAi4BAiABKAIEbEENdEGACHIiEiABKAJEIAIuASJsIgJBoS1saiITakELdUGxzgBsIgFqQRJ2Qf8HcWotAAA6AAAgBSAAIBAgAWtBEnZB/wdxai0AADoAAiAFIAAgD0G+pf//AGwgCmpBEnZB/wdxai0AADoAASADKAIEIARqIgEgACAHQb6l//8DbCAGakECdEGAQHFBgIAIaiIFIA1BvqV/bCAMakELdSIGQaEtbGoiByACQb6lf2wgEmpBC3VBsc4AbCICakESdkH/B3FqLQAAOgAAIAEgACAHIAJrQRJ2Qf8HcWotAAA6AAIgASAAIAZBvqX//wBsIAVqQRJ2Qf8HcWotAAA6AAEgAygCCCAEaiIBIAAgCSAIa0ECdEGAQHFBgIAIaiICIA4gC2tBC3UiA0GhLWxqIgQgEyARa0ELdUGxzgBsIgVqQRJ2Qf8HcWotAAA6AAAgASAAIAQgBWtBEnZB/wdxai0AADoAAiABIAAgA0G+pf//AGwgAmpBEnZB/wdxai0AADoAAQvZCQENfyACLwFQIQUgASgCUCEBAn8CQCACLgEQIgcgAi8BMCIIckH//wNxDQBBACEIIAVB//8DcQ0AQQAhBSACLwFwDQAgAi4BACABKAIAbEECdCINDAELIAIuAQAgASgCAGxBD3RBgCByIgYgASgCoAEgBcFsQbc2bCACLgFwIAEoAuABbEHuUWxqIAEoAmAgCMFsQcauf2xqIAcgASgCIGxB/OcBbGoiBWtBDXUhDSAFIAZqQQ11CyEKIAIvAVIhBQJ/AkACQCACLgESIgcgAi4BMiIIckH//wNxBEAgCEHGrn9sIQgMAQtBACEIIAVB//8DcQ0AQQAhBSACLwFyRQ0BCyACLgECIAEoAgRsQQ90QYAgciIGIAEoAqQBIAXBbEG3NmwgAi4BciABKALkAWxB7lFsaiAIIAEoAmRsaiAHIAEoAiRsQfznAWxqIgVrQQ11IQggBSAGakENdQwBCyACLgECIAEoAgRsQQJ0IggLIQkgAi8BViEFAn8CQAJAIAIuARYiBiACLgE2IgdyQf//A3EEQCAHQcauf2whBwwBC0EAIQcgBUH//wNxDQBBACEFIAIvAXZFDQELIAIuAQYgASgCDGxBD3RBgCByIgsgASgCrAEgBcFsQbc2bCACLgF2IAEoAuwBbEHuUWxqIAcgASgCbGxqIAYgASgCLGxB/OcBbGoiBWtBDXUhByAFIAtqQQ11DAELIAIuAQYgASgCDGxBAnQiBwshCyACLwFaIQUCfwJAAkAgAi4BGiIMIAIuAToiBnJB//8DcQRAIAZBxq5/bCEGDAELQQAhBiAFQf//A3ENAEEAIQUgAi8BekUNAQsgAi4BCiABKAIUbEEPdEGAIHIiDiABKAK0ASAFwWxBtzZsIAIuAXogASgC9AFsQe5RbGogBiABKAJ0bGogDCABKAI0bEH85wFsaiIFa0ENdSEGIAUgDmpBDXUMAQsgAi4BCiABKAIUbEECdCIGCyEMIAAoAsQCIREgAi8BXiEFAn8CQAJAIAIuAR4iDyACLgE+IgByQf//A3EEQCAAQcauf2whAAwBC0EAIQAgBUH//wNxDQBBACEFIAIvAX5FDQELIAIuAQ4gASgCHGxBD3RBgCByIhAgASgCvAEgBcFsQbc2bCACLgF+IAEoAvwBbEHuUWxqIAAgASgCfGxqIA8gASgCPGxB/OcBbGoiAGtBDXUhBSAAIBBqQQ11DAELIAIuAQ4gASgCHGxBAnQiBQshACARQYABaiEBIAMoAgAgBGohAgJAAkAgCQ0AIAsNACAMDQAgAA0AIAIgASAKQRBqQQV2Qf8HcWotAAAiCToAAAwBCyACIAEgCkEPdEGAgCBqIgogAEHuUWwgCUH85wFsaiAMQbc2bGogC0HGrn9saiIAakEUdkH/B3FqLQAAOgAAIAEgCiAAa0EUdkH/B3FqLQAAIQkLIAIgCToAASADKAIEIARqIQACQAJAIAgNACAHDQAgBg0AIAVFDQELIAAgASANQQ90QYCAIGoiAiAFQe5RbCAIQfznAWxqIAZBtzZsaiAHQcauf2xqIgNqQRR2Qf8HcWotAAA6AAAgACABIAIgA2tBFHZB/wdxai0AADoAAQ8LIAAgASANQRBqQQV2Qf8HcWotAAAiAToAACAAIAE6AAELMAAgAygCACAEaiAAKALEAiABKAJQKAIAIAIvAQBsQQRqQQN2Qf8HcWotAIABOgAAC9gBAAJAIAAoArADIgEoAhgiAgRAIAEoAgwhAwwBCyABIAAgASgCCCABKAIUIAEoAhBBACAAKAIEKAIcEQgAIgM2AgwgASgCGCECCyAAIAMgAkECdGogBCAFKAIAIgNBAnRqIAEoAhAgAmsiAiAGIANrIgMgAiADSRsiAiAAKAJ0IAEoAhRrIgMgAiADSRsiAiAAKALMAygCBBEFACAFIAUoAgAgAmo2AgAgASABKAIYIAJqIgA2AhggACABKAIQIgBPBEAgAUEANgIYIAEgASgCFCAAajYCFAsL0wEBAn8gACgCsAMiBEEYaiEIAkAgBCgCGCIGBEAgBCgCDCEHDAELIAQgACAEKAIIIAQoAhQgBCgCEEEBIAAoAgQoAhwRCAAiBzYCDCAEKAIYIQYLIAAgASACIAMgByAIIAQoAhAgACgCxAMoAgQRBwAgBiAEKAIYIgNJBH8gACAEKAIMIAZBAnRqQQAgAyAGayIBIAAoAswDKAIEEQUAIAUgBSgCACABajYCACAEKAIYBSADCyAEKAIQIgBPBEAgBEEANgIYIAQgBCgCFCAAajYCFAsLjwEBBH8jAEEQayIHJAAgACgCsAMiCCgCECEJIAUoAgAhCiAHQQA2AgwgACABIAIgAyAIKAIMIAdBDGogBiAKayIBIAkgASAJSRsgACgCxAMoAgQRBwAgACAIKAIMIAQgBSgCAEECdGogBygCDCAAKALMAygCBBEFACAFIAUoAgAgBygCDGo2AgAgB0EQaiQAC58BAQR/AkAgA0EATA0AIAAoAnAiBkUNACAAKALMAygCGCEHA0AgASAFQQJ0aigCACEAIAYhAgNAIAcgAC0AAEEBdkH8AHFqKAIAIAAtAAFBBHRBwB9xaiAALQACQQJ2QT5xaiIEIAQvAQAiBCAEQQFqIgQgBCAEQf//A3FHGzsBACAAQQNqIQAgAkEBayICDQALIAVBAWoiBSADRw0ACwsL0QsBHX8gACAAKALMAyITKAIQNgKIASAAQQEgEygCFCILQQV0IAAoAgQoAgARAgAiDUKAgICA8AM3AhAgDUKAgICA8Ac3AgggDUKAgICA8AM3AgAgACANEDhBASEJAkAgC0ECSA0AA0ACQAJAAkACQCALIAlBAXROBEAgDw0BQQAhAkEAIQMgDSEBDAILQQAhB0EAIQJBACEDIA0hASAPQQNPBEAgCUH8////B3EhBkEAIQQDQCABQeAAaiABQUBrIAFBIGogASACIAEoAhgiAiADSiIFGyABKAI4IgggAiADIAUbIgJKIgMbIAEoAlgiBSAIIAIgAxsiAkoiAxsgASgCeCIIIAUgAiADGyIDSiIFGyECIAggAyAFGyEDIAFBgAFqIQEgBEEEaiIEIAZHDQALCyAJQQNxIgRFDQIDQCABIAIgASgCGCIGIANKIgUbIQIgBiADIAUbIQMgAUEgaiEBIAdBAWoiByAERw0ACwwCCyAJQf7///8HcSEEQQAhAkEAIQMgDSEBQQAhBwNAIAMgASgCHCIGSARAIAEgAiABKAIYQQBKIgUbIQIgBiADIAUbIQMLIAMgASgCPCIGSARAIAFBIGogAiABKAI4QQBKIgUbIQIgBiADIAUbIQMLIAFBQGshASAHQQJqIgcgBEcNAAsLIAlBAXFFDQAgASgCHCADTA0AIAEoAhhBAEoNAQsgAiIBRQ0CCyANIAlBBXRqIgIgASgCBCIGNgIEIAIgASgCDCIFNgIMIAIgASgCFCIINgIUIAIgASgCACIMNgIAIAIgASgCCCIONgIIIAIgASgCECIKNgIQIAAoAiwiEEECdCIDQYA8aigCAEECdEHQOmooAgAgCCAKa2xBA3QhBCADQbA7aigCAEECdEHQOmooAgAgBSAOa2xBAnQhByADQeA6aigCAEECdEHQOmooAgAgBiAMa2xBA3QhAwJ/AkACQAJAAn9BxCEgEHZBAXEEQCAEIAMgByADIAdKG0oNBCADIAdMDAELIAMgBCAHIAQgB0oiBxtKDQFBAkEBIAcbC0EBaw4CAQIACyABIAYgDGpBAm0iAzYCBCACDAILIAEgBSAOakECbSIDNgIMIAJBCGoMAQsgASAIIApqQQJtIgM2AhQgAkEQagsgA0EBajYCACAAIAEQOCAAIAIQOCAPQQFqIQ8gCUEBaiIJIAtHDQALIAshCQtBASAJIAlBAUwbIRVBACEMA0BBACEEQQAhBkEAIQVBACEIAkAgDSAMQQV0aiIBKAIAIg4gASgCBCIWSg0AIAEoAggiAyABKAIMIhdKDQAgASgCECIHIAEoAhQiEEoNACAAKALMAygCGCEYIAdBAWohDyAHQQN0QQRyIRkgByAQakEBcSEaA0AgDkEDdEEEciERIBggDkECdGooAgAhGyADIQsDQCAbIAtBBnRqIAdBAXRqIQIgC0ECdEECciESAn8gGgRAIAIhASAHDAELIAJBAmohASACLwEAIgIEQCACIBlsIAhqIQggAiASbCAFaiEFIAIgEWwgBmohBiACIARqIQQLIA8LIQIgByAQRwRAA0AgAS8BACIKBEAgCiASbCAFaiEFIAogEWwgBmohBiACQQN0QQRyIApsIAhqIQggBCAKaiEECyACQQFqIRQgAS8BAiIKBEAgCiASbCAFaiEFIAogEWwgBmohBiAUQQN0QQRyIApsIAhqIQggBCAKaiEECyABQQRqIQEgAkECaiECIBAgFEcNAAsLIAsgF0chHCALQQFqIQsgHA0ACyAOIBZHIR0gDkEBaiEOIB0NAAsLIAAoAogBKAIAIAxqIAYgBEEBdSIBaiAEbToAACAAKAKIASgCBCAMaiABIAVqIARtOgAAIAAoAogBKAIIIAxqIAEgCGogBG06AAAgDEEBaiIMIBVHDQALIAAgCTYChAEgACgCACIBIAk2AhggAUHgADYCFCAAQQEgACgCACgCBBEDACATQQE2AhwL6wcBI38CQCADQQBKBEAgACgCzAMhByAAKAJwIghBA2whDCAIRQ0BIAAoAsQCIRAgACgCiAEiBCgCCCEcIAQoAgQhHSAEKAIAIR4gBygCKCERIAcoAhghHyAIQQFrISAgDEEDayEhA0AgAiASQQJ0IgRqKAIAIQYgASAEaigCACEJAn8gBygCJARAIAYgIGohBiAJICFqIQlBfSELQX8hF0EAIQUgBygCICAMQQF0akEGagwBC0EDIQtBASEFQQEhFyAHKAIgCyEEIAcgBTYCJEEAIQ0gC0EBakEBdCEiIAtBAmpBAXQhI0EAIQ5BACEPQQAhGEEAIRlBACEaQQAhE0EAIRQgCCEbQQAhFQNAIAYgHyAJLQAAIBAgESANIAQgC0EBdGoiJC4BAGpBCGpBBHVBAnRqKAIAamotAAAiDUEDdiIKQQJ0aigCACAJLQABIBAgESAOIAQgImouAQBqQQhqQQR1QQJ0aigCAGpqLQAAIg5BAnYiFkEGdGogCS0AAiAQIBEgDyAEICNqLgEAakEIakEEdUECdGooAgBqai0AACIPQQN2IiVBAXRqIiYvAQAiBQR/IAUFIAAgCiAWICUQWiAmLwEAC0H//wNxQQFrIgU6AAAgBSAeai0AACEWIAUgHWotAAAhCiAEIA8gBSAcai0AAGsiBUEDbCAVajsBBCAEIA4gCmsiCkEDbCAUajsBAiAEIA0gFmsiBEEDbCATajsBACAGIBdqIQYgCSALaiEJIAVBB2whDyAKQQdsIQ4gBEEHbCENIAVBBWwgGmohFSAKQQVsIBlqIRQgBEEFbCAYaiETIAQhGCAKIRkgBSEaICQhBCAbQQFrIhsNAAsgBCAVOwEEIAQgFDsBAiAEIBM7AQAgEkEBaiISIANHDQALCw8LIAcoAiAhAiAHKAIkIQYgBwJ/IANBAUcEQCACIAIgDEEBdGpBBmoiASAGGyEAIAEgAiAGGyEBIANBAmsiCEEBdkEBaiIFQQNxIQQgCEEGTwRAIAVBfHEhCEEAIQUDQCABQQA7AQQgAUEANgEAIABBADsBBCAAQQA2AQAgAUEAOwEEIAFBADYBACAAQQA7AQQgAEEANgEAIAFBADsBBCABQQA2AQAgAEEAOwEEIABBADYBACABQQA7AQQgAUEANgEAIABBADsBBCAAQQA2AQAgBUEEaiIFIAhHDQALCyAEBEBBACEFA0AgAUEAOwEEIAFBADYBACAAQQA7AQQgAEEANgEAIAVBAWoiBSAERw0ACwsgBkEARyIGIANBAXFFDQEaCyACIAxBAXRqQQZqIAIgBhsiAEEAOwEEIABBADYBACAGRQs2AiQLvgEBC38CQCADQQBMDQAgACgCcCIJRQ0AIAAoAswDKAIYIQoDQCACIAZBAnQiBWooAgAhByABIAVqKAIAIQQgCSEFA0AgCiAELQAAQQN2IgtBAnRqKAIAIAQtAAFBAnYiDEEGdGogBC0AAkEDdiINQQF0aiIOLwEAIghFBEAgACALIAwgDRBaIA4tAAAhCAsgBEEDaiEEIAcgCEEBazoAACAHQQFqIQcgBUEBayIFDQALIAZBAWoiBiADRw0ACwsL/AYBGn8CQAJAAkAgA0EATA0AIAAoAnAhBiAAKALMAyEFIAAoAngiCUEATARAIANBAUcEQCADQQFxIR0gA0H+////B3EhA0EAIQADQCACIARBAnRqIgkoAgBBACAGEBoaIAUgBSgCVEU2AlQgCSgCBEEAIAYQGhogBSAFKAJURTYCVCAEQQJqIQQgAEECaiIAIANHDQALIB1FDQILIAIgBEECdGooAgBBACAGEBoaIAUoAlRFIQgMAwsgBUHEAGohDCAGRQ0BIAAoAsQCIRJBACAJayETIAZBAWsiFCAJbCEVA0BBACENIAIgDkECdCIAaiIWKAIAQQAgBhAaGiAAIAFqIRcDQCAXKAIAIA1qIQcgFigCACEEAn8gBSgCVARAIAwgDUECdGooAgAgBkEBdGpBAmohCiAEIBRqIQQgByAVaiEHQX8hDyATDAELIAwgDUECdGooAgAhCkEBIQ8gCQshACANQQJ0IgsgBSgCEGooAgAhGCAFKAIYIAtqKAIAIRlBACEIIA9BAXQhGkEAIQsgBiERQQAhEANAIAQgGSAHLQAAIBIgCCAKIBpqIhsuAQBqQQhqQQR1amotAAAiCGotAAAiHCAELQAAajoAACAKIAggGCAcai0AAGsiCkEDbCAQajsBACAKQQdsIQggCkEFbCALaiEQIAQgD2ohBCAAIAdqIQcgCiELIBshCiARQQFrIhENAAsgCiAQOwEAIA1BAWoiDSAJRw0ACyAFIAUoAlRFNgJUIA5BAWoiDiADRw0ACwsPCyAJQfz///8HcSECIAlBA3EhACAFKAJUIQggCUEESSEGA0ACQCAIBEBBACEHQQAhBCAGRQRAA0AgDCAEQQJ0aiIBKAIAQQA7AQIgASgCBEEAOwECIAEoAghBADsBAiABKAIMQQA7AQIgBEEEaiIEIAJHDQALCyAARQ0BA0AgDCAEQQJ0aigCAEEAOwECIARBAWohBCAHQQFqIgcgAEcNAAsMAQtBACEHQQAhBCAGRQRAA0AgDCAEQQJ0aiIBKAIAQQA7AQAgASgCBEEAOwEAIAEoAghBADsBACABKAIMQQA7AQAgBEEEaiIEIAJHDQALCyAARQ0AA0AgDCAEQQJ0aigCAEEAOwEAIARBAWohBCAHQQFqIgcgAEcNAAsLIAhFIQggC0EBaiILIANHDQALCyAFIAg2AlQLhgUBEn8CQAJAIANBAEwNACAAKAJwIQYgACgCzAMhBSAAKAJ4IglBAEwEQCADQQFHBEAgA0EBcSEVIANB/v///wdxIQNBACEAA0AgAiAEQQJ0aiIHKAIAQQAgBhAaGiAFIAUoAjBBAWpBD3E2AjAgBygCBEEAIAYQGhogBSAFKAIwQQFqQQ9xNgIwIARBAmohBCAAQQJqIgAgA0cNAAsgFUUNAgsgAiAEQQJ0aigCAEEAIAYQGhogBSgCMEEBakEPcSEEDAILIAZFBEAgBSgCMCEEIANBCE8EQCAEQQ9xIQQgA0H4////B3EhAUEAIQADQCAEQQhzIQQgAEEIaiIAIAFHDQALCyADQQdxIgFFDQJBACEAA0AgBEEBakEPcSEEIABBAWoiACABRw0ACwwCCyAFQTRqIQ4gBkF+cSEPIAZBAXEhEANAIAIgCkECdCIAaiIRKAIAQQAgBhAaGiAAIAFqIRIgBSgCMCITQQZ0IRRBACEHA0AgDiAHQQJ0IgBqKAIAIBRqIQsgEigCACAHaiEIIAUoAhggAGooAgAhDCARKAIAIQRBACEAQQAhDQJAIAZBAUcEQANAIAQgBC0AACAILQAAIAwgCyAAQQJ0aigCAGpqLQAAajoAACAEIAQtAAEgCCAJaiIILQAAIAwgCyAAQQFqQQ9xQQJ0aigCAGpqLQAAajoAASAEQQJqIQQgAEECakEPcSEAIAggCWohCCANQQJqIg0gD0cNAAsgEEUNAQsgBCAELQAAIAgtAAAgDCALIABBAnRqKAIAamotAABqOgAACyAHQQFqIgcgCUcNAAsgBSATQQFqQQ9xNgIwIApBAWoiCiADRw0ACwsPCyAFIAQ2AjALqQMBDn8CQCADQQBMDQAgACgCzAMiBSgCMCEEIAAoAnAiCwRAIAUoAhgiACgCCCEMIAAoAgQhDSAAKAIAIQ4DQCAEQQZ0IgAgBSgCPGohDyAFKAI4IABqIRAgBSgCNCAAaiERIAIgBkECdCIAaigCACEHIAAgAWooAgAhAEEAIQggCyEJA0AgByAALQABIA0gECAIQQJ0IgpqKAIAamotAAAgAC0AACAOIAogEWooAgBqai0AAGogAC0AAiAMIAogD2ooAgBqai0AAGo6AAAgB0EBaiEHIABBA2ohACAIQQFqQQ9xIQggCUEBayIJDQALIAUgBEEBakEPcSIENgIwIAZBAWoiBiADRw0ACwwBCyADQQdxIQECQCADQQhJDQAgA0EIayIAQQN2QQFqIgNBB3EhAiAAQThPBEAgA0H4////A3EhA0EAIQADQCAAQQhqIgAgA0cNAAsLIARBD3EhBCACRQ0AQQAhAANAIARBCHMhBCAAQQFqIgAgAkcNAAsLIAEEQEEAIQADQCAEQQFqQQ9xIQQgAEEBaiIAIAFHDQALCyAFIAQ2AjALC+oDAQ9/AkAgA0EATA0AIAAoAnAiBUUNACAAKAJ4IghBAEwEQCADQQFrQQNPBEAgA0H8////B3EhAANAIAIgBEECdGoiASgCAEEAIAUQGhogASgCBEEAIAUQGhogASgCCEEAIAUQGhogASgCDEEAIAUQGhogBEEEaiIEIABHDQALCyADQQNxIgFFDQFBACEAA0AgAiAEQQJ0aigCAEEAIAUQGhogBEEBaiEEIABBAWoiACABRw0ACwwBCyAAKALMAygCGCEMIAhB/P///wdxIQ0gCEEDcSEOIAhBBEkhEQNAIAIgCUECdCIAaigCACEKIAAgAWooAgAhCyAFIQ8DQEEAIRBBACEGIAshBEEAIQdBACEAIBFFBEADQCAHIAwgBkECdGoiACgCACAELQAAai0AAGogACgCBCAELQABai0AAGogACgCCCAELQACai0AAGogACgCDCAELQADai0AAGohByAEQQRqIQQgBkEEaiIGIA1HDQALIA0hAAsgDgRAA0AgAEECdCESIAQtAAAhBiAAQQFqIQAgBEEBaiEEIAcgBiAMIBJqKAIAai0AAGohByAQQQFqIhAgDkcNAAsLIAogBzoAACAKQQFqIQogCCALaiELIA9BAWsiDw0ACyAJQQFqIgkgA0cNAAsLC6ACAQl/AkAgA0EATA0AIAAoAnAiBUUNACAAKALMAygCGCIAKAIIIQYgACgCBCEHIAAoAgAhCCAFQQFrIQsgBUEBcSEMA0AgAiAJQQJ0IgBqKAIAIQQgACABaigCACEAIAwEfyAEIAYgAC0AAmotAAAgByAALQABai0AACAIIAAtAABqLQAAamo6AAAgBEEBaiEEIABBA2ohACALBSAFCyEKIAVBAUcEQANAIAQgBiAALQACai0AACAHIAAtAAFqLQAAIAggAC0AAGotAABqajoAACAEIAYgAC0ABWotAAAgByAALQAEai0AACAIIAAtAANqLQAAamo6AAEgBEECaiEEIABBBmohACAKQQJrIgoNAAsLIAlBAWoiCSADRw0ACwsLHgBBsOAAKAIAIgBBCU8EQCAAEANBsOAAQQA2AgALCx4AQajgACgCACIAQQlPBEAgABADQajgAEEANgIACwuKBwESfyAAKAKoAyEHAkACQAJAIAEOAwACAQILAkAgACgCxAMoAggEQCAHQfgANgIEIAAoAiQiD0EASgRAIAAoArwCIg1BAmshECANQQJqIREgB0EIaiESIAAoAtgBIQwDQCASIA5BAnQiAGooAgAhASAHKAI8IABqKAIAIQMgBygCOCAAaigCACEGAkAgDCgCJCAMKAIMbCANbSIFIBFsIghBAEwNAEEAIQlBACEAIAhBBE8EQCAIQfz///8HcSEKA0AgAyAAQQJ0IgJqIAEgAmooAgAiBDYCACACIAZqIAQ2AgAgAyACQQRyIgRqIAEgBGooAgAiCzYCACAEIAZqIAs2AgAgAyACQQhyIgRqIAEgBGooAgAiCzYCACAEIAZqIAs2AgAgAyACQQxyIgJqIAEgAmooAgAiBDYCACACIAZqIAQ2AgAgAEEEaiIAIApHDQALCyAIQQNxIghFDQADQCADIABBAnQiAmogASACaigCACIENgIAIAIgBmogBDYCACAAQQFqIQAgCUEBaiIJIAhHDQALCwJAIAVBAEwNACAFIBBsIQIgBSANbCEIQQAhAAJAQQEgBUEBdCIJIAlBAUwbIglBAUcEQCAJQQFxIRMgCUH+////B3EhCQNAIAMgACACakECdCIKaiABIAAgCGpBAnQiC2ooAgA2AgAgAyALaiABIApqKAIANgIAIAMgAEEBciIKIAJqQQJ0IgtqIAEgCCAKakECdCIKaigCADYCACADIApqIAEgC2ooAgA2AgAgAEECaiIAIAlHDQALIBNFDQELIAMgACACakECdCICaiABIAAgCGpBAnQiAGooAgA2AgAgACADaiABIAJqKAIANgIACyAGKAIAIQNBACEAQQAhASAFQQRPBEAgBUH8////B3EhAgNAIAYgASAFa0ECdGogAzYCACAGIAFBAXIgBWtBAnRqIAM2AgAgBiABQQJyIAVrQQJ0aiADNgIAIAYgAUEDciAFa0ECdGogAzYCACABQQRqIgEgAkcNAAsLIAVBA3EiAkUNAANAIAYgASAFa0ECdGogAzYCACABQQFqIQEgAEEBaiIAIAJHDQALCyAMQdQAaiEMIA5BAWoiDiAPRw0ACwsgB0EANgJMIAdCADcCQAwBCyAHQfkANgIECyAHQgA3AjAPCyAHQfoANgIEDwsgACgCACIBQQQ2AhQgACABKAIAEQAACwQAQQALmQYBFH8gACgCwAIhBCAAKAKsAyIHKAIYIgggBygCHCICSARAIARBAWshESAAKALcAkEBayEMIABBzAJqIRIgB0EgaiELIAcoAhQhBQNAIAUgDE0EQANAIAsoAgBBACAAKALkAkEHdBAaGiAAIAsgACgCvAMoAgQRBgBFBEAgByAFNgIUIAcgCDYCGEEADwsCQCAFIAAoAqQDIgIoAgxJDQAgBSACKAIQSw0AIAAoAsgCIgJBAEwNAEEAIQZBACENA0ACQCASIA1BAnRqKAIAIgMoAjBFBEAgAygCPCAGaiEGDAELIAMoAjgiBEEATA0AIANBNEHEACAFIAxJG2ooAgAiDkEASgRAIAMoAkAgBSAAKAKkAygCDGtsIRMgAygCBEECdCICIAAoAsADaigCBCEPIAEgAmooAgAgAygCJCIJIAhsQQJ0aiEKIA5B/v///wdxIRQgDkEBcSEVQQAhEANAAkAgESAAKAKUAU0EQCADKAJIIAggEGpMDQELQQAhBCATIQICQCAOQQFHBEADQCAAIAMgCyAEIAZqQQJ0aiIJKAIAIAogAiAPEQQAIAAgAyAJKAIEIAogAygCJCACaiICIA8RBAAgAygCJCIJIAJqIQIgBEECaiIEIBRHDQALIBVFDQELIAAgAyALIAQgBmpBAnRqKAIAIAogAiAPEQQAIAMoAiQhCQsgAygCOCEECyAKIAlBAnRqIQogAygCNCAGaiEGIBBBAWoiECAESA0ACyAAKALIAiECDAELIAYgAygCNCAEbGohBgsgDUEBaiINIAJIDQALCyAFQQFqIgUgDE0NAAsgBygCHCECC0EAIQUgB0EANgIUIAhBAWoiCCACSA0ACyAAKALAAiEECyAAIAAoApwBQQFqNgKcASAAIAAoApQBQQFqIgI2ApQBIAIgBEkEQCAAKAKsAyEBAkAgACgCyAJBAk4EQCABQQE2AhwMAQsgACgCzAIhACAEQQFrIAJLBEAgASAAKAIMNgIcDAELIAEgACgCSDYCHAsgAUIANwIUQQMPCyAAIAAoArQDKAIMEQAAQQQL+wUBFH8jAEEQayIJJAAgACgCrAMhBCAAKALIAkEASgRAIARBzABqIQMgAEHMAmohBQNAIAkgAUECdCICaiAAIAMgAiAFaigCACICKAIEQQJ0aigCACACKAIMIgIgACgClAFsIAJBASAAKAIEKAIgEQgANgIAIAFBAWoiASAAKALIAkgNAAsLAn8gBCgCGCIHIAQoAhwiAkgEQCAEQSBqIQogAEHMAmohDiAAKALcAiEBIAQoAhQhBgNAIAEgBksEQANAQQAhC0EAIQUgACgCyAIiD0EASgRAA0ACQCAOIAtBAnQiA2ooAgAiASgCOCIQQQBMDQAgASgCNCIIQQBMDQAgAyAJaigCACAHQQJ0aiERIAhBB3EhDUEAIQwgBiAIbEEHdCESIAhBCEkhEwNAIBEgDEECdGooAgAgEmohASAFIQNBACECIA0EQANAIAogA0ECdGogATYCACADQQFqIQMgAUGAAWohASACQQFqIgIgDUcNAAsLIAUgCGohBSATRQRAA0AgCiADQQJ0aiICIAE2AgAgAiABQYABajYCBCACIAFBgAJqNgIIIAIgAUGAA2o2AgwgAiABQYAEajYCECACIAFBgAVqNgIUIAIgAUGABmo2AhggAiABQYAHajYCHCABQYAIaiEBIANBCGoiAyAFRw0ACwsgDEEBaiIMIBBHDQALCyALQQFqIgsgD0cNAAsLIAAgCiAAKAK8AygCBBEGAEUEQCAEIAY2AhQgBCAHNgIYQQAMBQsgBkEBaiIGIAAoAtwCIgFJDQALIAQoAhwhAgtBACEGIARBADYCFCAHQQFqIgcgAkgNAAsLIAAgACgClAFBAWoiBTYClAEgACgCwAIiASAFSwRAIAAoAqwDIQMCQCAAKALIAkECTgRAIANBATYCHAwBCyAAKALMAiEAIAFBAWsgBUsEQCADIAAoAgw2AhwMAQsgAyAAKAJINgIcCyADQgA3AhRBAwwBCyAAIAAoArQDKAIMEQAAQQQLIRQgCUEQaiQAIBQL3wMBD38gACgCwAJBAWshDSAAKAKsAyECAkADQCAAKAKQASIDIAAoApgBIgVOBEAgAyAFRw0CIAAoApQBIAAoApwBSw0CCyAAIAAoArQDKAIAEQEADQALQQAPCyAAKAIkQQBKBEAgAkHMAGohDiAAKALYASECQQAhBQNAAkAgAigCMEUNACAAIA4gBUECdCIDaigCACACKAIMIgYgACgCnAFsIAZBACAAKAIEKAIgEQgAIQ8CfyANIAAoApwBSwRAIAIoAgwMAQsgAigCICACKAIMIgZwIgQgBiAEGwsiBkEATA0AIAAoAqQDIgsgA2oiBCgCFCAEKAI8Sw0AIAAoAsADIANqKAIEIRAgASADaigCACEEQQAhCANAAkAgAyALaiIHKAIUIgkgBygCPEsEQCACKAIkIQwMAQsgDyAIQQJ0aigCACAJQQd0aiEHQQAhCgNAIAAgAiAHIAQgCiAQEQQAIAdBgAFqIQcgAigCJCIMIApqIQogCUEBaiIJIAAoAqQDIgsgA2ooAjxNDQALCyAEIAxBAnRqIQQgCEEBaiIIIAZHDQALCyACQdQAaiECIAVBAWoiBSAAKAIkSA0ACwsgACAAKAKcAUEBaiIBNgKcAUEDQQQgASAAKALAAkkbC10BAn8gAEEANgKUASAAKAKsAyEBAkAgACgCyAJBAk4EQCABQQE2AhwMAQsgACgCzAIhAiAAKALAAkEBRwRAIAEgAigCDDYCHAwBCyABIAIoAkg2AhwLIAFCADcCFAvHAgEJfyAAKAKsAyIBKAIQBEAgAQJ/AkAgACgCUEUNACAAKALcAUUNACAAKAKgAUUNACABKAJ0IgJFBEAgASAAQQEgACgCJEEYbCAAKAIEKAIAEQIAIgI2AnQLIAAoAiRBAEwNACAAKALYASEDA0AgAygCTCIBRQ0BIAEvAQBFDQEgAS8BAkUNASABLwEQRQ0BIAEvASBFDQEgAS8BEkUNASABLwEERQ0BIAAoAqABIAVBCHRqIgEoAgBBAEgNASACIAEoAgQiBjYCBCACIAEoAggiBzYCCCACIAEoAgwiCDYCDCACIAEoAhAiCTYCECACIAEoAhQiATYCFEEBIAQgASAJciAIIAYgB3JychshBCADQdQAaiEDIAJBGGohAiAFQQFqIgUgACgCJEgNAAtB9wAgBA0BGgtB0gALNgIMCyAAQQA2ApwBC9IDAQ1/IAAoArwDIQECQAJAIAAoApADDQAgACgClANBP0cNACAAKAKYAw0AIAAoApwDRQ0BCyAAKAIAIgJB+gA2AhQgAEF/IAIoAgQRAwALIAAoAsgCQQBKBEAgAUEUaiEDIAFBOGohBiABQShqIQcgAEHMAmohCEEAIQIDQCAIIAJBAnQiCWooAgAiBSgCGCEEIABBASAFKAIUIgUgByAFQQJ0ahAzIABBACAEIAYgBEECdGoQMyADIAlqQQA2AgAgAkEBaiICIAAoAsgCSA0ACwsgACgC5AJBAEoEQCABQcABaiEHIAFBmAFqIQggAUHwAGohCSABQThqIQUgAUHIAGohCiABQShqIQsgAEHMAmohDCAAQegCaiENQQAhBANAIAogBEECdCICaiALIAwgAiANaigCAEECdGooAgAiAygCFEECdGooAgA2AgAgAiAJaiAFIAMoAhhBAnRqKAIANgIAAn8gAygCMARAIAIgCGpBATYCAEHAASEGIAMoAiRBAUoMAQsgAiAHakEANgIAQZgBIQZBAAshAyABIAZqIAJqIAM2AgAgBEEBaiIEIAAoAuQCSA0ACwsgAUEANgIQIAFCADcCCCABIAAoApQCNgIkC5EbARt/IwBBMGsiByQAIAAoArwDIQ8CfwJAIAAoApQCIgxFDQAgDygCJA0AIAAoArgDIgUgBSgCGCAPKAIQQQhtajYCGCAPQQA2AhBBACAAIAUoAggRAQBFDQEaIAAoAsgCQQBKBEAgD0EUaiEFA0AgBSAEQQJ0akEANgIAIARBAWoiBCAAKALIAkgNAAsLIA8gACgClAI2AiQgACgCoAMNACAPQQA2AggLAkACQAJAAkACQCAAKAIYIhAoAgQiEiAAKALkAiIUQQl0SQ0AIAAoAqADDQAgDygCCA0EIBAoAgAhCiAAKAK8AyEJIAwNAiAJKAIQIQQgCSgCDCEFIAcgCSkCHDcDICAHIAkpAhQ3AxggFEEASg0BIAohAwwDCyAPKAIIDQMgECgCACEKIAAoArwDIQkMAQsgCUHAAWohFyAAQegCaiEYIAlBmAFqIRkgCUHwAGohGiAJQcgAaiEbQQAhDCAKIQMDQEEAIQ4gAQRAIAEgE0ECdGooAgAhDgsgGiATQQJ0IgtqKAIAIQ0gCyAbaigCACEIAkAgBEEQSg0AIAVBCHQiBiADLQAAIhFyIQUgAy0AASECAkAgEUH/AUcEQCADQQFqIQMMAQsCQCACRQRAIANBAmohAwwBCyAAIAI2AqADIAIhDCAGIQULIAMtAAAhAgsgBEEQaiEEIAVBCHQiBiACciEFIAJB/wFHBEAgA0EBaiEDDAELIAMtAAEiAkUEQCADQQJqIQMMAQsgACACNgKgAyACIQwgBiEFCyAEIAggBSAEQQhrdkH/AXFBAnRqKAKUASIGQQh1IgJrIQQgAkEJSAR/IAZB/wFxBUF/IAJ0QX9zIAUgBHZxIgYgCCACQQJ0aigCAEoEQANAIAUgBEEBayIEdkEBcSAGQQF0ciIGIAggAkEBaiICQQJ0aigCAEoNAAsLIAgoApABIAggAkECdGooAkggBmpB/wFxai0AEQsiAgR/AkAgBEEQSg0AIAVBCHQiCCADLQAAIhFyIQUgAy0AASEGAkAgEUH/AUcEQCADQQFqIQMMAQsCQCAGRQRAIANBAmohAwwBCyAAIAY2AqADIAYhDCAIIQULIAMtAAAhBgsgBEEQaiEEIAVBCHQiCCAGciEFIAZB/wFHBEAgA0EBaiEDDAELIAMtAAEiBkUEQCADQQJqIQMMAQsgACAGNgKgAyAGIQwgCCEFC0F/IAJ0IgZBf3MgBSAEIAJrIgR2cSIIQX8gAkEBa3RqQR91IAZBAWpxIAhqBUEACyECAkACQAJAIAsgGWooAgAEQCAHQRhqIAsgGGooAgBBAnRqIgYgBigCACACaiICNgIAIA5FDQEgDiACOwEACyALIBdqKAIARQ0AIA4NAQsgDUHIAGohESANQZQBaiEVQQEhCANAAkAgBEEQSg0AIAVBCHQiBiADLQAAIgtyIQUgAy0AASECAkAgC0H/AUcEQCADQQFqIQMMAQsCQCACRQRAIANBAmohAwwBCyAAIAI2AqADIAIhDCAGIQULIAMtAAAhAgsgBEEQaiEEIAVBCHQiBiACciEFIAJB/wFHBEAgA0EBaiEDDAELIAMtAAEiAkUEQCADQQJqIQMMAQsgACACNgKgAyACIQwgBiEFCyAEIBUgBSAEQQhrdkH/AXFBAnRqKAIAIgZBCHUiAmshBCACQQlIBH8gBkH/AXEFQX8gAnRBf3MgBSAEdnEiBiANIAJBAnRqKAIASgRAA0AgBSAEQQFrIgR2QQFxIAZBAXRyIgYgDSACQQFqIgJBAnRqKAIASg0ACwsgDSgCkAEgESACQQJ0aigCACAGakH/AXFqLQARCyICQQR2IQ4CQCACQQ9xIgsEQCAEQRBMBEAgBUEIdCIGIAMtAAAiFnIhBSADLQABIQICQCAWQf8BRwRAIANBAWohAwwBCwJAIAJFBEAgA0ECaiEDDAELIAAgAjYCoAMgAiEMIAYhBQsgAy0AACECCyAEQRBqIQQgBUEIdCIGIAJyIQUgAkH/AUcEQCADQQFqIQMgBCALayEEDAMLIAMtAAEiAkUEQCADQQJqIQMgBCALayEEDAMLIAAgAjYCoAMgAiEMIAYhBQsgBCALayEEDAELIA5BD0cNAwsgCCAOakEBaiIIQcAASA0ACwwBCyANQcgAaiEVIA1BlAFqIRZBASEIA0ACQCAEQRBKDQAgBUEIdCIGIAMtAAAiC3IhBSADLQABIQICQCALQf8BRwRAIANBAWohAwwBCwJAIAJFBEAgA0ECaiEDDAELIAAgAjYCoAMgAiEMIAYhBQsgAy0AACECCyAEQRBqIQQgBUEIdCIGIAJyIQUgAkH/AUcEQCADQQFqIQMMAQsgAy0AASICRQRAIANBAmohAwwBCyAAIAI2AqADIAIhDCAGIQULIAQgFiAFIARBCGt2Qf8BcUECdGooAgAiBkEIdSICayEEIAJBCUgEfyAGQf8BcQVBfyACdEF/cyAFIAR2cSIGIA0gAkECdGooAgBKBEADQCAFIARBAWsiBHZBAXEgBkEBdHIiBiANIAJBAWoiAkECdGooAgBKDQALCyANKAKQASAVIAJBAnRqKAIAIAZqQf8BcWotABELIgJBBHYhBgJAIAJBD3EiEQRAIAYgCGohAgJAIARBEEoNACAFQQh0IgYgAy0AACILciEFIAMtAAEhCAJAIAtB/wFHBEAgA0EBaiEDDAELAkAgCEUEQCADQQJqIQMMAQsgACAINgKgAyAIIQwgBiEFCyADLQAAIQgLIARBEGohBCAFQQh0IgsgCHIhBSAIQf8BRwRAIANBAWohAwwBCyADLQABIgZFBEAgA0ECaiEDDAELIAAgBjYCoAMgBiEMIAshBQsgDiACQQJ0QZDCAGooAgBBAXRqQX8gEXQiBkF/cyAFIAQgEWsiBHZxIghBfyARQQFrdGpBH3UgBkEBcnEgCGo7AQAMAQsgBkEPRw0CIAhBD2ohAgsgAkEBaiEIIAJBP0gNAAsLIBNBAWoiEyAURw0ACyAMRQ0BIABBADYCoAMLIAcgADYCKCAHIBI2AhwgByAKNgIYIAkoAhAhBCAJKAIMIQUgByAJKQIcNwMQIAcgCSkCFDcDCAJAIBRBAEoEQCAJQcABaiENIABB6AJqIRAgCUGYAWohDiAJQfAAaiESIAlByABqIRNBACEMA0BBACEIIAEEQCABIAxBAnRqKAIAIQgLIBIgDEECdCIKaigCACELIAogE2ooAgAhAgJ/AkAgBEEHTARAIAdBGGogBSAEQQAQHkUNBUEBIQMgBygCICEFIAcoAiQiBEEISA0BCyACIAUgBEEIa3ZB/wFxQQJ0aigClAEiBkEIdSIDQQhKDQAgBkH/AXEhAiAEIANrDAELIAdBGGogBSAEIAIgAxAwIgJBAEgNAyAHKAIgIQUgBygCJAshBCACBH8gAiAESgRAIAdBGGogBSAEIAIQHkUNBCAHKAIkIQQgBygCICEFC0F/IAJ0IgNBf3MgBSAEIAJrIgR2cSIGQX8gAkEBa3RqQR91IANBAWpxIAZqBUEACyECAkACQAJAIAogDmooAgAEQCAHQQhqIAogEGooAgBBAnRqIgMgAygCACACaiICNgIAIAhFDQEgCCACOwEACyAKIA1qKAIARQ0AIAgNAQsgC0GUAWohCEEBIQMDQAJ/AkAgBEEHTARAIAdBGGogBSAEQQAQHkUNCEEBIQYgBygCICEFIAcoAiQiBEEISA0BCyAIIAUgBEEIa3ZB/wFxQQJ0aigCACICQQh1IgZBCEoNACACQf8BcSECIAQgBmsMAQsgB0EYaiAFIAQgCyAGEDAiAkEASA0GIAcoAiAhBSAHKAIkCyEEIAJBBHYhCgJAIAJBD3EiAgRAIAIgBEoEQCAHQRhqIAUgBCACEB5FDQggBygCJCEEIAcoAiAhBQsgBCACayEEDAELIApBD0cNAwsgAyAKakEBaiIDQcAASA0ACwwBCyALQZQBaiEUQQEhAwNAAn8CQCAEQQdMBEAgB0EYaiAFIARBABAeRQ0HQQEhBiAHKAIgIQUgBygCJCIEQQhIDQELIBQgBSAEQQhrdkH/AXFBAnRqKAIAIgJBCHUiBkEISg0AIAJB/wFxIQIgBCAGawwBCyAHQRhqIAUgBCALIAYQMCICQQBIDQUgBygCICEFIAcoAiQLIQQgAkEEdiEKAkAgAkEPcSICBEAgAiAESgRAIAdBGGogBSAEIAIQHkUNByAHKAIkIQQgBygCICEFCyAIIAMgCmoiBkECdEGQwgBqKAIAQQF0akF/IAJ0IgNBf3MgBSAEIAJrIgR2cSIKQX8gAkEBa3RqQR91IANBAXJxIApqOwEADAELIApBD0cNAiADQQ9qIQYLIAZBAWohAyAGQT9IDQALCyAMQQFqIgwgACgC5AJIDQALIAAoAhghECAHKAIcIRIgBygCGCEKCyAQIBI2AgQgECAKNgIAIAkgBDYCECAJIAU2AgwgCUEUaiAHKQMQNwIIIAkgBykDCDcCFAwCC0EADAILIBAgAzYCACAQIAogEmogA2s2AgQgCSAENgIQIAkgBTYCDCAJQRRqIAcpAyA3AgggCSAHKQMYNwIUCyAPIA8oAiRBAWs2AiRBAQshHCAHQTBqJAAgHAuyBwELfyAAKAKUAyEBIAAoApADIgQEfyABIARIIAFBP0pyIAAoAsgCQQFHcgUgAUEARwshAiAAKAK8AyEFAkACQCAAKAKcAyIBQQ1KDQAgACgCmAMiA0EARyABIANBAWtHcQ0AIAJFDQELIAAoAgAiASAENgIYIAFBEDYCFCAAKAIAIAAoApQDNgIcIAAoAgAgACgCmAM2AiAgACgCACAAKAKcAzYCJCAAIAAoAgAoAgARAAALAkACfwJAAkAgACgCyAIiAkEATA0AIABBzAJqIQggBARAQQAhAwNAIAAoAqABIAggA0ECdGooAgAoAgQiAkEIdGoiBigCAEEASARAIAAoAgAiASACNgIYIAFB8wA2AhQgACgCAEEANgIcIABBfyAAKAIAKAIEEQMACyAAKAKQAyIBIAAoApQDTARAA0AgACgCmAMgBiABQQJ0aiIJKAIAIgdBACAHQQBKG0cEQCAAKAIAIgcgAjYCGCAHQfMANgIUIAAoAgAgATYCHCAAQX8gACgCACgCBBEDAAsgCSAAKAKcAzYCACABIAAoApQDSCEKIAFBAWohASAKDQALCyADQQFqIgMgACgCyAIiAkgNAAsMAQsgACgClAMiBiAAKAKQA0gNAUEAIQMDQCAGIAAoApADIgFOBEAgACgCoAEgCCADQQJ0aigCACgCBCICQQh0aiEJA0AgACgCmAMgCSABQQJ0aiIGKAIAIgdBACAHQQBKG0cEQCAAKAIAIgcgAjYCGCAHQfMANgIUIAAoAgAgATYCHCAAQX8gACgCACgCBBEDAAsgBiAAKAKcAzYCACABIAAoApQDIgZIIQsgAUEBaiEBIAsNAAsgACgCyAIhAgsgA0EBaiIDIAJIDQALCyAFQfMAQfQAIAQbQfUAQfYAIAQbIAAoApgDGzYCBEEAIQEgAkEATA0CIAVBLGohCCAAQcwCaiEDIAVBGGoiAiAERQ0BGgNAIABBACADIAFBAnQiBGooAgAoAhgiBiAIIAZBAnRqIgYQMyAFIAYoAgA2AjwgAiAEakEANgIAIAFBAWoiASAAKALIAkgNAAsMAgsgBUH0AEH2ACAAKAKYAxs2AgQgBUEsaiEIIABBzAJqIQMgBUEYagshAkEAIQEDQCAAKAKYA0UEQCAAQQEgAyABQQJ0aigCACgCFCIEIAggBEECdGoQMwsgAiABQQJ0akEANgIAIAFBAWoiASAAKALIAkgNAAsLIAVCADcCCCAFQgA3AhAgBSAAKAKUAjYCKAuFEwEKfyAAKAIkQQBKBEAgACgCwAMiA0EsaiEJIANBBGohCiAAKALYASEHA0BB5AAhBUEAIQMCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAHKAIkIgJBAWsOEBIAAQIDBAUGBwgJCgsMDQ4PC0HlACEFDBELQeYAIQUMEAtB5wAhBQwPC0HoACEFDA4LQekAIQUMDQtB6gAhBQwMCyAAKAJIIgNBA0kNCSAAKAIAIgNBMDYCFCAAIAMoAgARAAAMCgtB6wAhBQwKC0HsACEFDAkLQe0AIQUMCAtB7gAhBQwHC0HvACEFDAYLQfAAIQUMBQtB8QAhBQwEC0HyACEFDAMLIAAoAgAiAyACNgIYIANBBzYCFCAAIAAoAgAoAgARAAAMAQsgA0ECdEH42gBqKAIAIQUMAQsgASEFIAQhAwsgCiAIQQJ0IgRqIAU2AgACQCAHKAIwRQ0AIAQgCWoiBCgCACADRg0AIAcoAkwiAUUNACAEIAM2AgAgBygCUCECQQAhBgJAAkACQCADIgRBAWsOAgECAAsDQCACIARBAnRqIAEgBEEBdGovAQA2AgAgAiAEQQFyIgZBAnRqIAEgBkEBdGovAQA2AgAgAiAEQQJyIgZBAnRqIAEgBkEBdGovAQA2AgAgAiAEQQNyIgZBAnRqIAEgBkEBdGovAQA2AgAgBEEEaiIEQcAARw0ACwwCCwNAIAIgBkECdGogBkEBdCIEQbA9ai4BACABIARqLwEAbEGAEGpBDHU2AgAgAiAGQQFyIgRBAnRqIARBAXQiBEGwPWouAQAgASAEai8BAGxBgBBqQQx1NgIAIAZBAmoiBkHAAEcNAAsMAQsgAiABLwEAszgCACACIAEvAQK4RO9hSLFQMfY/orY4AgQgAiABLwEEuETKb02Rruf0P6K2OAIIIAIgAS8BBrhEqhFs72LQ8j+itjgCDCACIAEvAQizOAIQIAIgAS8BCrhEO7+nwGkk6T+itjgCFCACIAEvAQy4RLsgx3t6UeE/orY4AhggAiABLwEOuERdq3LeVajRP6K2OAIcIAIgAS8BELhE72FIsVAx9j+itjgCICACIAEvARK4RO9hSLFQMfY/okTvYUixUDH2P6K2OAIkIAIgAS8BFLhE72FIsVAx9j+iRMpvTZGu5/Q/orY4AiggAiABLwEWuETvYUixUDH2P6JEqhFs72LQ8j+itjgCLCACIAEvARi4RO9hSLFQMfY/orY4AjAgAiABLwEauETvYUixUDH2P6JEO7+nwGkk6T+itjgCNCACIAEvARy4RO9hSLFQMfY/okS7IMd7elHhP6K2OAI4IAIgAS8BHrhE72FIsVAx9j+iRF2rct5VqNE/orY4AjwgAiABLwEguETKb02Rruf0P6K2OAJAIAIgAS8BIrhEym9Nka7n9D+iRO9hSLFQMfY/orY4AkQgAiABLwEkuETKb02Rruf0P6JEym9Nka7n9D+itjgCSCACIAEvASa4RMpvTZGu5/Q/okSqEWzvYtDyP6K2OAJMIAIgAS8BKLhEym9Nka7n9D+itjgCUCACIAEvASq4RMpvTZGu5/Q/okQ7v6fAaSTpP6K2OAJUIAIgAS8BLLhEym9Nka7n9D+iRLsgx3t6UeE/orY4AlggAiABLwEuuETKb02Rruf0P6JEXaty3lWo0T+itjgCXCACIAEvATC4RKoRbO9i0PI/orY4AmAgAiABLwEyuESqEWzvYtDyP6JE72FIsVAx9j+itjgCZCACIAEvATS4RKoRbO9i0PI/okTKb02Rruf0P6K2OAJoIAIgAS8BNrhEqhFs72LQ8j+iRKoRbO9i0PI/orY4AmwgAiABLwE4uESqEWzvYtDyP6K2OAJwIAIgAS8BOrhEqhFs72LQ8j+iRDu/p8BpJOk/orY4AnQgAiABLwE8uESqEWzvYtDyP6JEuyDHe3pR4T+itjgCeCACIAEvAT64RKoRbO9i0PI/okRdq3LeVajRP6K2OAJ8IAIgAS8BQLM4AoABIAIgAS8BQrhE72FIsVAx9j+itjgChAEgAiABLwFEuETKb02Rruf0P6K2OAKIASACIAEvAUa4RKoRbO9i0PI/orY4AowBIAIgAS8BSLM4ApABIAIgAS8BSrhEO7+nwGkk6T+itjgClAEgAiABLwFMuES7IMd7elHhP6K2OAKYASACIAEvAU64RF2rct5VqNE/orY4ApwBIAIgAS8BULhEO7+nwGkk6T+itjgCoAEgAiABLwFSuEQ7v6fAaSTpP6JE72FIsVAx9j+itjgCpAEgAiABLwFUuEQ7v6fAaSTpP6JEym9Nka7n9D+itjgCqAEgAiABLwFWuEQ7v6fAaSTpP6JEqhFs72LQ8j+itjgCrAEgAiABLwFYuEQ7v6fAaSTpP6K2OAKwASACIAEvAVq4RDu/p8BpJOk/okQ7v6fAaSTpP6K2OAK0ASACIAEvAVy4RDu/p8BpJOk/okS7IMd7elHhP6K2OAK4ASACIAEvAV64RDu/p8BpJOk/okRdq3LeVajRP6K2OAK8ASACIAEvAWC4RLsgx3t6UeE/orY4AsABIAIgAS8BYrhEuyDHe3pR4T+iRO9hSLFQMfY/orY4AsQBIAIgAS8BZLhEuyDHe3pR4T+iRMpvTZGu5/Q/orY4AsgBIAIgAS8BZrhEuyDHe3pR4T+iRKoRbO9i0PI/orY4AswBIAIgAS8BaLhEuyDHe3pR4T+itjgC0AEgAiABLwFquES7IMd7elHhP6JEO7+nwGkk6T+itjgC1AEgAiABLwFsuES7IMd7elHhP6JEuyDHe3pR4T+itjgC2AEgAiABLwFuuES7IMd7elHhP6JEXaty3lWo0T+itjgC3AEgAiABLwFwuERdq3LeVajRP6K2OALgASACIAEvAXK4RF2rct5VqNE/okTvYUixUDH2P6K2OALkASACIAEvAXS4RF2rct5VqNE/okTKb02Rruf0P6K2OALoASACIAEvAXa4RF2rct5VqNE/okSqEWzvYtDyP6K2OALsASACIAEvAXi4RF2rct5VqNE/orY4AvABIAIgAS8BerhEXaty3lWo0T+iRDu/p8BpJOk/orY4AvQBIAIgAS8BfLhEXaty3lWo0T+iRLsgx3t6UeE/orY4AvgBIAIgAS8BfrhEXaty3lWo0T+iRF2rct5VqNE/orY4AvwBCyAHQdQAaiEHIAMhBCAFIQEgCEEBaiIIIAAoAiRIDQALCwvcAQEBfyAAKAKwAyECAkACQAJAAkACQCABDgQAAwIBAwsgACgCVARAIAJB4QA2AgQgAigCDA0EIAIgACACKAIIQQAgAigCEEEBIAAoAgQoAhwRCAA2AgwMBAsgAiAAKALEAygCBDYCBAwDCyACKAIIRQRAIAAoAgAiAUEENgIUIAAgASgCABEAAAsgAkHiADYCBAwCCyACKAIIRQRAIAAoAgAiAUEENgIUIAAgASgCABEAAAsgAkHjADYCBAwBCyAAKAIAIgFBBDYCFCAAIAEoAgARAAALIAJCADcCFAujBgEQfwJAAkAgACgCuAIiBEEATA0AIAMoAgAhCiAAKALEAyABKAIEaiIDLQCWASIBIglBAWshDSADLQCMASIIBEAgAUECSQRAA0AgACgCcCIBQQBKBEAgASAKIAVBAnRqKAIAIgFqIQMgAiAHQQJ0aigCACEEA0AgBC0AACEGIARBAWohBCABIAYgCBAaIAhqIgEgA0kNAAsgACgCuAIhBAsgB0EBaiEHIAUgCWoiBSAESA0ACwwCCyAKQQRqIQ8gDUEDcSIOQX9zIAlqIQcgAUEFSSEQA0AgCiALQQJ0IgVqIQQgACgCcCIDQQBKBEAgBCgCACIGIANqIQMgAiAMQQJ0aigCACEBA0AgAS0AACERIAFBAWohASAGIBEgCBAaIAhqIgYgA0kNAAsgACgCcCEDCyAFIA9qIQFBACEFIA0hBiAOBEADQCABKAIAIAQoAgAgAxAcGiABQQRqIQEgBEEEaiEEIAVBAWoiBSAORw0ACyAHIQYLIBBFBEADQCABKAIAIAQoAgAgAxAcGiABKAIEIAQoAgQgAxAcGiABKAIIIAQoAgggAxAcGiABKAIMIAQoAgwgAxAcGiABQRBqIQEgBEEQaiEEIAZBBWshEiAGQQRrIQYgEkF+SQ0ACwsgDEEBaiEMIAkgC2oiCyAAKAK4AkgNAAsMAQsgAUECTwRAIApBBGohCyANQQNxIghBf3MgCWohAyABQQVJIQwDQCAAKAJwIgVBAEoNAyAKIAdBAnQiAWohBCABIAtqIQFBACEGIA0hAiAIBEADQCABKAIAIAQoAgAgBRAcGiABQQRqIQEgBEEEaiEEIAZBAWoiBiAIRw0ACyADIQILIAxFBEADQCABKAIAIAQoAgAgBRAcGiABKAIEIAQoAgQgBRAcGiABKAIIIAQoAgggBRAcGiABKAIMIAQoAgwgBRAcGiABQRBqIQEgBEEQaiEEIAJBBWshEyACQQRrIQIgE0F+SQ0ACwsgByAJaiIHIAAoArgCSA0ACwwBC0EAIQEgACgCcEEATCEAA0AgAEUNAiABIAlqIgEgBEgNAAsLDwsDQAwACwALoAEBBn8gACgCuAJBAEoEQCADKAIAIQcDQCAHIARBAnRqIQYgACgCcCIBQQBKBEAgBigCACIDIAFqIQggAiAFQQJ0aigCACEBA0AgAyABLQAAIgk6AAEgAyAJOgAAIAFBAWohASADQQJqIgMgCEkNAAsgACgCcCEBCyAGKAIEIAYoAgAgARAcGiAFQQFqIQUgBEECaiIEIAAoArgCSA0ACwsLC/FQIgBBgAgLxjBpbmZpbml0eQBNaXNzaW5nIEh1ZmZtYW4gY29kZSB0YWJsZSBlbnRyeQBVaW50OENsYW1wZWRBcnJheQBNQVhfQUxMT0NfQ0hVTksgaXMgd3JvbmcsIHBsZWFzZSBmaXgAQUxJR05fVFlQRSBpcyB3cm9uZywgcGxlYXNlIGZpeABOb3QgYSBKUEVHIGZpbGU6IHN0YXJ0cyB3aXRoIDB4JTAyeCAweCUwMngAQ29ycnVwdCBKUEVHIGRhdGE6ICV1IGV4dHJhbmVvdXMgYnl0ZXMgYmVmb3JlIG1hcmtlciAweCUwMngAVW5leHBlY3RlZCBtYXJrZXIgMHglMDJ4AFVuc3VwcG9ydGVkIG1hcmtlciB0eXBlIDB4JTAyeABVbnN1cHBvcnRlZCBKUEVHIHByb2Nlc3M6IFNPRiB0eXBlIDB4JTAyeABEZWZpbmUgSHVmZm1hbiBUYWJsZSAweCUwMngARGVmaW5lIEFyaXRobWV0aWMgVGFibGUgMHglMDJ4OiAweCUwMngALSsgICAwWDB4AEJvZ3VzIERBQyB2YWx1ZSAweCV4AEh1ZmZtYW4gY29kZSBzaXplIHRhYmxlIG92ZXJmbG93ACAgICAgICAgJTR1ICU0dSAlNHUgJTR1ICU0dSAlNHUgJTR1ICU0dQBKUEVHIHBhcmFtZXRlciBzdHJ1Y3QgbWlzbWF0Y2g6IGxpYnJhcnkgdGhpbmtzIHNpemUgaXMgJXUsIGNhbGxlciBleHBlY3RzICV1AERlZmluZSBSZXN0YXJ0IEludGVydmFsICV1AFdhcm5pbmc6IHRodW1ibmFpbCBpbWFnZSBzaXplIGRvZXMgbm90IG1hdGNoIGRhdGEgbGVuZ3RoICV1AE1pc2NlbGxhbmVvdXMgbWFya2VyIDB4JTAyeCwgbGVuZ3RoICV1AEpGSUYgZXh0ZW5zaW9uIG1hcmtlcjogdHlwZSAweCUwMngsIGxlbmd0aCAldQBKRklGIGV4dGVuc2lvbiBtYXJrZXI6IHBhbGV0dGUgdGh1bWJuYWlsIGltYWdlLCBsZW5ndGggJXUASkZJRiBleHRlbnNpb24gbWFya2VyOiBKUEVHLWNvbXByZXNzZWQgdGh1bWJuYWlsIGltYWdlLCBsZW5ndGggJXUASkZJRiBleHRlbnNpb24gbWFya2VyOiBSR0IgdGh1bWJuYWlsIGltYWdlLCBsZW5ndGggJXUAVW5rbm93biBBUFAxNCBtYXJrZXIgKG5vdCBBZG9iZSksIGxlbmd0aCAldQBVbmtub3duIEFQUDAgbWFya2VyIChub3QgSkZJRiksIGxlbmd0aCAldQBPYnRhaW5lZCBYTVMgaGFuZGxlICV1AEZyZWVkIFhNUyBoYW5kbGUgJXUAT2J0YWluZWQgRU1TIGhhbmRsZSAldQBGcmVlZCBFTVMgaGFuZGxlICV1AEludmFsaWQgY3JvcCByZXF1ZXN0AFVuc3VwcG9ydGVkIGNvbG9yIGNvbnZlcnNpb24gcmVxdWVzdAB1bnNpZ25lZCBzaG9ydAB1bnNpZ25lZCBpbnQAQ29ycnVwdCBKUEVHIGRhdGE6IHByZW1hdHVyZSBlbmQgb2YgZGF0YSBzZWdtZW50AEZyYWN0aW9uYWwgc2FtcGxpbmcgbm90IGltcGxlbWVudGVkIHlldABDQ0lSNjAxIHNhbXBsaW5nIG5vdCBpbXBsZW1lbnRlZCB5ZXQATm90IGltcGxlbWVudGVkIHlldABmbG9hdAB1aW50NjRfdABDYW5ub3QgcXVhbnRpemUgbW9yZSB0aGFuICVkIGNvbG9yIGNvbXBvbmVudHMAU3RhcnQgT2YgU2NhbjogJWQgY29tcG9uZW50cwBCb2d1cyB2aXJ0dWFsIGFycmF5IGFjY2VzcwBCb2d1cyBzYW1wbGluZyBmYWN0b3JzAFF1YW50aXppbmcgdG8gJWQgPSAlZColZColZCBjb2xvcnMAUXVhbnRpemluZyB0byAlZCBjb2xvcnMAQ2Fubm90IHF1YW50aXplIHRvIGZld2VyIHRoYW4gJWQgY29sb3JzAENhbm5vdCBxdWFudGl6ZSB0byBtb3JlIHRoYW4gJWQgY29sb3JzAEludmFsaWQgSlBFRyBmaWxlIHN0cnVjdHVyZTogdHdvIFNPSSBtYXJrZXJzAEludmFsaWQgSlBFRyBmaWxlIHN0cnVjdHVyZTogdHdvIFNPRiBtYXJrZXJzAENvcHlyaWdodCAoQykgMTk5MS0yMDE3IFRoZSBsaWJqcGVnLXR1cmJvIFByb2plY3QgYW5kIG1hbnkgb3RoZXJzAFNtb290aGluZyBub3Qgc3VwcG9ydGVkIHdpdGggbm9uc3RhbmRhcmQgc2FtcGxpbmcgcmF0aW9zAE1heGltdW0gc3VwcG9ydGVkIGltYWdlIGRpbWVuc2lvbiBpcyAldSBwaXhlbHMAQXBwbGljYXRpb24gdHJhbnNmZXJyZWQgdG9vIG1hbnkgc2NhbmxpbmVzAEFwcGxpY2F0aW9uIHRyYW5zZmVycmVkIHRvbyBmZXcgc2NhbmxpbmVzAEZhaWxlZCB0byBjcmVhdGUgdGVtcG9yYXJ5IGZpbGUgJXMAQ2xvc2VkIHRlbXBvcmFyeSBmaWxlICVzAE9wZW5lZCB0ZW1wb3JhcnkgZmlsZSAlcwB2ZWN0b3IASW5wdXQgZmlsZSByZWFkIGVycm9yAEJvZ3VzIHBhcmFtZXRlcgBJbnZhbGlkIEpQRUcgZmlsZSBzdHJ1Y3R1cmU6IG1pc3NpbmcgU09TIG1hcmtlcgB1bnNpZ25lZCBjaGFyAFVucmVjb2duaXplZCBjb21wb25lbnQgSURzICVkICVkICVkLCBhc3N1bWluZyBZQ2JDcgBWaXJ0dWFsIGFycmF5IGNvbnRyb2xsZXIgbWVzc2VkIHVwAHN0ZDo6ZXhjZXB0aW9uAEJvZ3VzIEh1ZmZtYW4gdGFibGUgZGVmaW5pdGlvbgBTZWxlY3RlZCAlZCBjb2xvcnMgZm9yIHF1YW50aXphdGlvbgBJL08gc3VzcGVuc2lvbiBub3Qgc3VwcG9ydGVkIGluIHNjYW4gb3B0aW1pemF0aW9uAEltYWdlIHRvbyB3aWRlIGZvciB0aGlzIGltcGxlbWVudGF0aW9uAG5hbgBEaWRuJ3QgZXhwZWN0IG1vcmUgdGhhbiBvbmUgc2NhbgBTYW1wbGluZyBmYWN0b3JzIHRvbyBsYXJnZSBmb3IgaW50ZXJsZWF2ZWQgc2NhbgBib29sAEJ1ZmZlciBwYXNzZWQgdG8gSlBFRyBsaWJyYXJ5IGlzIHRvbyBzbWFsbABCb2d1cyBtYXJrZXIgbGVuZ3RoAHVuc2lnbmVkIGxvbmcAc3RkOjp3c3RyaW5nAGJhc2ljX3N0cmluZwBzdGQ6OnN0cmluZwBzdGQ6OnUxNnN0cmluZwBzdGQ6OnUzMnN0cmluZwBCb2d1cyBwYXJhbWV0ZXIgdmFsdWUAU3VzcGVuc2lvbiBub3QgYWxsb3dlZCBoZXJlAFJlcXVlc3RlZCBmZWF0dXJlIHdhcyBvbWl0dGVkIGF0IGNvbXBpbGUgdGltZQBTZWVrIGZhaWxlZCBvbiB0ZW1wb3JhcnkgZmlsZQBSZWFkIGZhaWxlZCBvbiB0ZW1wb3JhcnkgZmlsZQBFbXB0eSBpbnB1dCBmaWxlAFByZW1hdHVyZSBlbmQgb2YgaW5wdXQgZmlsZQBQcmVtYXR1cmUgZW5kIG9mIEpQRUcgZmlsZQBkb3VibGUARENUIGNvZWZmaWNpZW50IG91dCBvZiByYW5nZQBJbnZhbGlkIGNvbG9yIHF1YW50aXphdGlvbiBtb2RlIGNoYW5nZQBKUEVHIGRhdGFzdHJlYW0gY29udGFpbnMgbm8gaW1hZ2UAICAgIHdpdGggJWQgeCAlZCB0aHVtYm5haWwgaW1hZ2UAU3RhcnQgb2YgSW1hZ2UARW5kIE9mIEltYWdlAEJvZ3VzIGJ1ZmZlciBjb250cm9sIG1vZGUAZGVjb2RlAENvcnJ1cHQgSlBFRyBkYXRhOiBiYWQgSHVmZm1hbiBjb2RlAEJvZ3VzIGlucHV0IGNvbG9yc3BhY2UAQm9ndXMgSlBFRyBjb2xvcnNwYWNlAHZvaWQAQmFja2luZyBzdG9yZSBub3Qgc3VwcG9ydGVkAElEQ1Qgb3V0cHV0IGJsb2NrIHNpemUgJWQgbm90IHN1cHBvcnRlZABTb3JyeSwgYXJpdGhtZXRpYyBjb2RpbmcgaXMgbm90IGltcGxlbWVudGVkAFF1YW50aXphdGlvbiB0YWJsZSAweCUwMnggd2FzIG5vdCBkZWZpbmVkAEh1ZmZtYW4gdGFibGUgMHglMDJ4IHdhcyBub3QgZGVmaW5lZABXcml0ZSB0byBYTVMgZmFpbGVkAFJlYWQgZnJvbSBYTVMgZmFpbGVkAFdyaXRlIHRvIEVNUyBmYWlsZWQAUmVhZCBmcm9tIEVNUyBmYWlsZWQAICAgICAgICAlM2QgJTNkICUzZCAlM2QgJTNkICUzZCAlM2QgJTNkAFdhcm5pbmc6IHVua25vd24gSkZJRiByZXZpc2lvbiBudW1iZXIgJWQuJTAyZABDb3JydXB0IEpQRUcgZGF0YTogZm91bmQgbWFya2VyIDB4JTAyeCBpbnN0ZWFkIG9mIFJTVCVkAFN0YXJ0IE9mIEZyYW1lIDB4JTAyeDogd2lkdGg9JXUsIGhlaWdodD0ldSwgY29tcG9uZW50cz0lZAAgICAgQ29tcG9uZW50ICVkOiAlZGh4JWR2IHE9JWQASW52YWxpZCBwcm9ncmVzc2l2ZSBwYXJhbWV0ZXJzIFNzPSVkIFNlPSVkIEFoPSVkIEFsPSVkACAgU3M9JWQsIFNlPSVkLCBBaD0lZCwgQWw9JWQAICAgIENvbXBvbmVudCAlZDogZGM9JWQgYWM9JWQASW52YWxpZCBwcm9ncmVzc2l2ZSBwYXJhbWV0ZXJzIGF0IHNjYW4gc2NyaXB0IGVudHJ5ICVkAEludmFsaWQgc2NhbiBzY3JpcHQgYXQgZW50cnkgJWQAQm9ndXMgRFFUIGluZGV4ICVkAEJvZ3VzIERIVCBpbmRleCAlZABCb2d1cyBEQUMgaW5kZXggJWQAVG9vIG1hbnkgY29sb3IgY29tcG9uZW50czogJWQsIG1heCAlZABJbmNvbnNpc3RlbnQgcHJvZ3Jlc3Npb24gc2VxdWVuY2UgZm9yIGNvbXBvbmVudCAlZCBjb2VmZmljaWVudCAlZABXcm9uZyBKUEVHIGxpYnJhcnkgdmVyc2lvbjogbGlicmFyeSBpcyAlZCwgY2FsbGVyIGV4cGVjdHMgJWQAQXQgbWFya2VyIDB4JTAyeCwgcmVjb3ZlcnkgYWN0aW9uICVkAFVuc3VwcG9ydGVkIEpQRUcgZGF0YSBwcmVjaXNpb24gJWQARGVmaW5lIFF1YW50aXphdGlvbiBUYWJsZSAlZCAgcHJlY2lzaW9uICVkAEFkb2JlIEFQUDE0IG1hcmtlcjogdmVyc2lvbiAlZCwgZmxhZ3MgMHglMDR4IDB4JTA0eCwgdHJhbnNmb3JtICVkAEltcHJvcGVyIGNhbGwgdG8gSlBFRyBsaWJyYXJ5IGluIHN0YXRlICVkAENhbm5vdCB0cmFuc2NvZGUgZHVlIHRvIG11bHRpcGxlIHVzZSBvZiBxdWFudGl6YXRpb24gdGFibGUgJWQAVW5rbm93biBBZG9iZSBjb2xvciB0cmFuc2Zvcm0gY29kZSAlZABJbnZhbGlkIG1lbW9yeSBwb29sIGNvZGUgJWQAQm9ndXMgbWVzc2FnZSBjb2RlICVkAEpGSUYgQVBQMCBtYXJrZXI6IHZlcnNpb24gJWQuJTAyZCwgZGVuc2l0eSAlZHglZCAgJWQAJWxkJWMAU2NhbiBzY3JpcHQgZG9lcyBub3QgdHJhbnNtaXQgYWxsIGRhdGEASW1hZ2VEYXRhAEludmFsaWQgY29tcG9uZW50IElEICVkIGluIFNPUwBKUEVHTUVNAEludmFsaWQgU09TIHBhcmFtZXRlcnMgZm9yIHNlcXVlbnRpYWwgSlBFRwBDYXV0aW9uOiBxdWFudGl6YXRpb24gdGFibGVzIGFyZSB0b28gY29hcnNlIGZvciBiYXNlbGluZSBKUEVHAEludmFsaWQgSlBFRyBmaWxlIHN0cnVjdHVyZTogU09TIGJlZm9yZSBTT0YAT3V0cHV0IGZpbGUgd3JpdGUgZXJyb3IgLS0tIG91dCBvZiBkaXNrIHNwYWNlPwBXcml0ZSBmYWlsZWQgb24gdGVtcG9yYXJ5IGZpbGUgLS0tIG91dCBvZiBkaXNrIHNwYWNlPwBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzxzaG9ydD4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8dW5zaWduZWQgc2hvcnQ+AGVtc2NyaXB0ZW46Om1lbW9yeV92aWV3PGludD4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8dW5zaWduZWQgaW50PgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzxmbG9hdD4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8dWludDhfdD4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8aW50OF90PgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzx1aW50MTZfdD4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8aW50MTZfdD4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8dWludDY0X3Q+AGVtc2NyaXB0ZW46Om1lbW9yeV92aWV3PGludDY0X3Q+AGVtc2NyaXB0ZW46Om1lbW9yeV92aWV3PHVpbnQzMl90PgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzxpbnQzMl90PgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzxjaGFyPgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzx1bnNpZ25lZCBjaGFyPgBzdGQ6OmJhc2ljX3N0cmluZzx1bnNpZ25lZCBjaGFyPgBlbXNjcmlwdGVuOjptZW1vcnlfdmlldzxzaWduZWQgY2hhcj4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8bG9uZz4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8dW5zaWduZWQgbG9uZz4AZW1zY3JpcHRlbjo6bWVtb3J5X3ZpZXc8ZG91YmxlPgA2YiAgMjctTWFyLTE5OTgAKG51bGwpAEVtcHR5IEpQRUcgaW1hZ2UgKEROTCBub3Qgc3VwcG9ydGVkKQBJbnN1ZmZpY2llbnQgbWVtb3J5IChjYXNlICVkKQAlcwoARXhpZgAAAAAA1CMAAJAiAACoKwAAcHBwaQAAAADUIwAATCQAAAAAAADUIwAA1CMAAPArAADwKwAAUxUAAJkQAABhBAAAPAQAAN4PAADVFQAAOw8AAHEQAADJDAAAIxAAADoQAADqDQAAtxMAAIoNAAA3FQAAGRQAAE0SAAC/EgAAqQkAAPYSAACpFAAA9QUAAI4JAAC/DQAAZg4AAPsIAABPEwAAYQgAADwTAACXBQAAKRMAABYTAACwGQAAUREAAD0RAABpDQAA/wsAAJEWAADTCAAArAUAAAkEAAAfCwAA7A4AAP0OAADTFAAApBUAAFgPAAAgCQAAgg4AAFUQAADvEAAAfw8AAMUQAACBBAAA1RkAAEMJAAD7CQAAIwoAAHcKAAAlDAAAIAUAAEoKAABlFgAAowsAAM4OAACwDgAAwBYAAHkLAAABBQAAlwwAAD4NAAAoEQAAFBEAAKQKAACZGQAAJxYAAGcUAADMBwAAoAcAAGYFAABKBQAAPBQAAEIGAAA4CAAAIQgAANEPAABmEQAAaRUAAF0GAADABgAAoQ8AAJkGAADoBAAAzQUAAMAJAADjCQAA6AwAAPQTAADuEQAA5goAAPQRAAAuEgAAwg8AAHEJAAChEgAAhBIAAMYLAADfCwAAKAcAAO4GAABqBwAAYwwAAA0IAAD2BwAAERUAAHUTAACsBAAAoggAAP8PAACOEQAAGQ8AALwRAAD8FQAATgsAAEwIAAAVDAAAUA4AAAwNAAAAAAAAQAYAAIA+AAAAAAAAiBMAAP/ZAEHROAvTAsAw8AzMPPwDwzPzD88//4BAsHCMTLx8g0Ozc49Pv38g4BDQLOwc3CPjE9Mv7x/foGCQUKxsnFyjY5NTr2+fXwjIOPgExDT0C8s7+wfHN/eISLh4hES0dItLu3uHR7d3KOgY2CTkFNQr6xvbJ+cX16homFikZJRUq2ubW6dnl1cCwjLyDs4+/gHBMfENzT39gkKyco5Ovn6BQbFxjU29fSLiEtIu7h7eIeER0S3tHd2iYpJSrm6eXqFhkVGtbZ1dCso6+gbGNvYJyTn5BcU19YpKunqGRrZ2iUm5eYVFtXUq6hraJuYW1inpGdkl5RXVqmqaWqZmllapaZlZpWWVVQIAAAADAAAAAQAAAAAAAAD//////////wAAAAD///////////////8AAAAAAAAAAAIAAAACAAAAAwAAAAEAAAAAAAAAAgAAAAMAAAABAAAA/////wBBsDsLRP//////////AQAAAP///////////////wEAAAABAAAAAQAAAAEAAAACAAAAAgAAAAEAAAABAAAAAgAAAAIAAAD/////AEGAPAsd//////////8CAAAA////////////////AgAAAAIAQag8CxwBAAAAAwAAAAIAAAAAAAAAAQAAAAMAAAD/////AEHQPAtE//////////8DAAAA////////////////AwAAAAQAAAADAAAABAAAAAQAAAAEAAAABAAAAAQAAAAEAAAABAAAAP////8AQaA9C5oBCgIIAAYOBAwJAQsDBQ0HDwBAxVifU0JLAEBJMqMiqBHFWCF7/HNiaMVYv0ULMH4Yn1P8c0FtVGKfU7NBQS0SF0JLYmhUYn5YQkshO7oowxQAQMVYn1NCSwBASTKjIqgRSTK/RbNBITtJMoInNxvgDaMiCzBBLboooyI3G78SjgmoEX4YEhfDFKgR4A2OCd8EAAABBQEBAQEBAQBB0j4LLwMBAQEBAQEBAQEAAAAAAAABAgMEBQYHCAkKCwAAAAAAAgEDAwIEAwUFBAQAAAF9AEGQPwuiAQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gBBwsAACw8CAQIEBAMEBwUEBAABAncAQeHAAAuhAQECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6AEGUwgALzgkBAAAACAAAABAAAAAJAAAAAgAAAAMAAAAKAAAAEQAAABgAAAAgAAAAGQAAABIAAAALAAAABAAAAAUAAAAMAAAAEwAAABoAAAAhAAAAKAAAADAAAAApAAAAIgAAABsAAAAUAAAADQAAAAYAAAAHAAAADgAAABUAAAAcAAAAIwAAACoAAAAxAAAAOAAAADkAAAAyAAAAKwAAACQAAAAdAAAAFgAAAA8AAAAXAAAAHgAAACUAAAAsAAAAMwAAADoAAAA7AAAANAAAAC0AAAAmAAAAHwAAACcAAAAuAAAANQAAADwAAAA9AAAANgAAAC8AAAA3AAAAPgAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAAPwAAAD8AAAA/AAAATlN0M19fMjEyYmFzaWNfc3RyaW5nSWNOU18xMWNoYXJfdHJhaXRzSWNFRU5TXzlhbGxvY2F0b3JJY0VFRUUAAPwsAABQIgAATlN0M19fMjEyYmFzaWNfc3RyaW5nSWhOU18xMWNoYXJfdHJhaXRzSWhFRU5TXzlhbGxvY2F0b3JJaEVFRUUAAPwsAACYIgAATlN0M19fMjEyYmFzaWNfc3RyaW5nSXdOU18xMWNoYXJfdHJhaXRzSXdFRU5TXzlhbGxvY2F0b3JJd0VFRUUAAPwsAADgIgAATlN0M19fMjEyYmFzaWNfc3RyaW5nSURzTlNfMTFjaGFyX3RyYWl0c0lEc0VFTlNfOWFsbG9jYXRvcklEc0VFRUUAAAD8LAAAKCMAAE5TdDNfXzIxMmJhc2ljX3N0cmluZ0lEaU5TXzExY2hhcl90cmFpdHNJRGlFRU5TXzlhbGxvY2F0b3JJRGlFRUVFAAAA/CwAAHQjAABOMTBlbXNjcmlwdGVuM3ZhbEUAAPwsAADAIwAATjEwZW1zY3JpcHRlbjExbWVtb3J5X3ZpZXdJY0VFAAD8LAAA3CMAAE4xMGVtc2NyaXB0ZW4xMW1lbW9yeV92aWV3SWFFRQAA/CwAAAQkAABOMTBlbXNjcmlwdGVuMTFtZW1vcnlfdmlld0loRUUAAPwsAAAsJAAATjEwZW1zY3JpcHRlbjExbWVtb3J5X3ZpZXdJc0VFAAD8LAAAVCQAAE4xMGVtc2NyaXB0ZW4xMW1lbW9yeV92aWV3SXRFRQAA/CwAAHwkAABOMTBlbXNjcmlwdGVuMTFtZW1vcnlfdmlld0lpRUUAAPwsAACkJAAATjEwZW1zY3JpcHRlbjExbWVtb3J5X3ZpZXdJakVFAAD8LAAAzCQAAE4xMGVtc2NyaXB0ZW4xMW1lbW9yeV92aWV3SWxFRQAA/CwAAPQkAABOMTBlbXNjcmlwdGVuMTFtZW1vcnlfdmlld0ltRUUAAPwsAAAcJQAATjEwZW1zY3JpcHRlbjExbWVtb3J5X3ZpZXdJeEVFAAD8LAAARCUAAE4xMGVtc2NyaXB0ZW4xMW1lbW9yeV92aWV3SXlFRQAA/CwAAGwlAABOMTBlbXNjcmlwdGVuMTFtZW1vcnlfdmlld0lmRUUAAPwsAACUJQAATjEwZW1zY3JpcHRlbjExbWVtb3J5X3ZpZXdJZEVFAAD8LAAAvCUAQfDLAAtBGQALABkZGQAAAAAFAAAAAAAACQAAAAALAAAAAAAAAAAZAAoKGRkZAwoHAAEACQsYAAAJBgsAAAsABhkAAAAZGRkAQcHMAAshDgAAAAAAAAAAGQALDRkZGQANAAACAAkOAAAACQAOAAAOAEH7zAALAQwAQYfNAAsVEwAAAAATAAAAAAkMAAAAAAAMAAAMAEG1zQALARAAQcHNAAsVDwAAAAQPAAAAAAkQAAAAAAAQAAAQAEHvzQALARIAQfvNAAseEQAAAAARAAAAAAkSAAAAAAASAAASAAAaAAAAGhoaAEGyzgALDhoAAAAaGhoAAAAAAAAJAEHjzgALARQAQe/OAAsVFwAAAAAXAAAAAAkUAAAAAAAUAAAUAEGdzwALARYAQanPAAsnFQAAAAAVAAAAAAkWAAAAAAAWAAAWAAAwMTIzNDU2Nzg5QUJDREVGAEH0zwALAYMAQZzQAAsI//////////8AQeDQAAuhCgIAAMADAADABAAAwAUAAMAGAADABwAAwAgAAMAJAADACgAAwAsAAMAMAADADQAAwA4AAMAPAADAEAAAwBEAAMASAADAEwAAwBQAAMAVAADAFgAAwBcAAMAYAADAGQAAwBoAAMAbAADAHAAAwB0AAMAeAADAHwAAwAAAALMBAADDAgAAwwMAAMMEAADDBQAAwwYAAMMHAADDCAAAwwkAAMMKAADDCwAAwwwAAMMNAADTDgAAww8AAMMAAAy7AQAMwwIADMMDAAzDBAAM2wAAAAD/////////////////////////////////////////////////////////////////AAECAwQFBgcICf////////8KCwwNDg8QERITFBUWFxgZGhscHR4fICEiI////////woLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj/////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////wABAgQHAwYFAAAAAAAAANF0ngBXnb0qgHBSD///PicKAAAAZAAAAOgDAAAQJwAAoIYBAEBCDwCAlpgAAOH1BRgAAAA1AAAAcQAAAGv////O+///kr///04xMF9fY3h4YWJpdjExNl9fc2hpbV90eXBlX2luZm9FAAAAADwtAACIKgAALC0AAE4xMF9fY3h4YWJpdjExN19fY2xhc3NfdHlwZV9pbmZvRQAAADwtAAC4KgAArCoAAE4xMF9fY3h4YWJpdjExN19fcGJhc2VfdHlwZV9pbmZvRQAAADwtAADoKgAArCoAAE4xMF9fY3h4YWJpdjExOV9fcG9pbnRlcl90eXBlX2luZm9FADwtAAAYKwAADCsAAAAAAACMKwAAhQAAAIYAAACHAAAAiAAAAIkAAABOMTBfX2N4eGFiaXYxMjNfX2Z1bmRhbWVudGFsX3R5cGVfaW5mb0UAPC0AAGQrAACsKgAAdgAAAFArAACYKwAAYgAAAFArAACkKwAAYwAAAFArAACwKwAAaAAAAFArAAC8KwAAYQAAAFArAADIKwAAcwAAAFArAADUKwAAdAAAAFArAADgKwAAaQAAAFArAADsKwAAagAAAFArAAD4KwAAbAAAAFArAAAELAAAbQAAAFArAAAQLAAAeAAAAFArAAAcLAAAeQAAAFArAAAoLAAAZgAAAFArAAA0LAAAZAAAAFArAABALAAATjEwX19jeHhhYml2MTIwX19zaV9jbGFzc190eXBlX2luZm9FAAAAADwtAABMLAAA3CoAAFN0OWV4Y2VwdGlvbgAAAAAAAAAAtCwAAH0AAACKAAAAiwAAAFN0MTFsb2dpY19lcnJvcgA8LQAApCwAAFwtAAAAAAAA6CwAAH0AAACMAAAAiwAAAFN0MTJsZW5ndGhfZXJyb3IAAAAAPC0AANQsAAC0LAAAAAAAANwqAACFAAAAjQAAAIcAAACIAAAAjgAAAI8AAACQAAAAkQAAAFN0OXR5cGVfaW5mbwAAAAD8LAAAHC0AAAAAAAB0LAAAhQAAAJIAAACHAAAAiAAAAI4AAACTAAAAlAAAAJUAAAD8LAAAgCwAAAAAAABcLQAAlgAAAJcAAACYAAAAmQAAAJoAAACbAEGI2wALCcAzAQAAAAAABQBBnNsACwGAAEG02wALCoEAAACCAAAApDMAQczbAAsBAgBB3NsACwj//////////wBBoNwACwGE");

// src/images/jpeg.ts
var import_jpeg_js = __toESM(require_jpeg_js(), 1);
var QUALITY = 90;
var decoder;
async function decodeJpeg(bytes) {
  decoder ??= new WebAssembly.Module(mozjpeg_dec_default2);
  const messages = [];
  const codec = await instantiate(mozjpeg_dec_default, decoder, messages);
  let image;
  try {
    image = codec.decode(bytes, false);
  } catch (error) {
    throw new Error(messages.join("; ") || error.message);
  }
  if (!image || messages.length > 0) throw new Error(messages.join("; ") || "libjpeg failed");
  return { width: image.width, height: image.height, data: pixelsOf(image) };
}
function encodeJpeg(raster) {
  return import_jpeg_js.default.encode(isOpaque(raster) ? raster : onWhite(raster), QUALITY).data;
}
function onWhite(raster) {
  const flat = createRaster(raster);
  const { data } = raster;
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3];
    const white = 255 - alpha;
    for (let c = 0; c < 3; c++) flat.data[i + c] = (data[i + c] * alpha + 255 * white + 127) / 255;
    flat.data[i + 3] = 255;
  }
  return flat;
}
export {
  decodeJpeg,
  encodeJpeg
};
